package vn.xaso.signing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;
import vn.xaso.WebSession;
import vn.xaso.XasoTest;
import vn.xaso.files.PdfRenderer;

/** The administrators' signing page shows which certificate a leader signs with; others cannot open it. */
@XasoTest
class SigningPagesTests {

    @LocalServerPort
    int port;
    @Autowired
    Signatures signatures;
    @Autowired
    PdfRenderer pdf;

    @Test
    void showsTheCertificateALeaderSignsWith() {
        signatures.signPersonal(pdf.render("<html><body><p>x</p></body></html>"), "lanhdao.binhan");
        WebSession admin = new WebSession(port);
        admin.login("admin", "demo");
        String page = HtmlUtils.htmlUnescape(admin.get("/admin/signing?username=lanhdao.binhan").body());
        assertThat(page).contains("Quản lý chữ ký số", "Lê Văn Long", "Hiệu lực đến");
        assertThat(HtmlUtils.htmlUnescape(admin.get("/admin/signing?username=nobody.here").body())).contains("Chưa thực hiện được");

        WebSession clerk = new WebSession(port);
        clerk.login("vanthu.binhan", "demo");
        assertThat(clerk.get("/admin/signing").statusCode()).isEqualTo(403);
    }
}
