package vn.xaso.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Every text exists in Vietnamese and English, and the Vietnamese is really Vietnamese (with its diacritics). */
class MessagesInSyncTests {

    private static final Pattern VIETNAMESE_LETTERS = Pattern.compile("[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]",
            Pattern.CASE_INSENSITIVE);

    /** A refusal thrown with a literal key: {@code new Conflict("dossier.x"}, {@code new InvalidInput("f", "dossier.x"}. */
    private static final Pattern REFUSAL = Pattern.compile(
            "new (?:vn\\.xaso\\.api\\.)?(?:Conflict|Forbidden)\\(\\s*\"([^\"]+)\"|new (?:vn\\.xaso\\.api\\.)?InvalidInput\\(\\s*(?:\"[^\"]*\"|\\w+)\\s*,\\s*\"([^\"]+)\"");

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

    @Test
    void everyRefusalTheCodeThrowsHasItsText() throws IOException {
        Properties vi = load("messages_vi.properties");
        List<String> missing = new ArrayList<>();
        int found = 0;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher refusal = REFUSAL.matcher(Files.readString(source));
                while (refusal.find()) {
                    String key = refusal.group(1) != null ? refusal.group(1) : refusal.group(2);
                    if (!vi.containsKey(key)) {
                        missing.add(source.getFileName() + ": " + key);
                    }
                    found++;
                }
            }
        }
        assertThat(found).as("refusals found in the code").isGreaterThan(200);
        assertThat(missing).as("refusal keys without a text").isEmpty();
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
