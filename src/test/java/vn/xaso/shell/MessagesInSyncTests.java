package vn.xaso.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Every text exists in Vietnamese and English, and the Vietnamese is really Vietnamese (with its diacritics). */
class MessagesInSyncTests {

    private static final Pattern VIETNAMESE_LETTERS = Pattern.compile("[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]",
            Pattern.CASE_INSENSITIVE);

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        Properties vi = load("messages_vi.properties");
        Properties en = load("messages_en.properties");
        assertThat(vi.stringPropertyNames()).as("keys only in Vietnamese").isSubsetOf(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).as("keys only in English").isSubsetOf(vi.stringPropertyNames());
        assertThat(vi).isNotEmpty();
    }

    @Test
    void vietnameseTextsHaveDiacritics() throws IOException {
        Properties vi = load("messages_vi.properties");
        long withDiacritics = vi.values().stream().filter(text -> VIETNAMESE_LETTERS.matcher(text.toString()).find()).count();
        assertThat(withDiacritics).as("Vietnamese texts written with diacritics").isGreaterThan(vi.size() * 8L / 10);
        assertThat(vi.getProperty("login.title")).isEqualTo("Đăng nhập");
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String file : Set.of("messages_vi.properties", "messages_en.properties")) {
            load(file).forEach((key, text) -> assertThat(text.toString()).as(file + " " + key).isNotBlank());
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
