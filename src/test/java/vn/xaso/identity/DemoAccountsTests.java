package vn.xaso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.xaso.Api;
import vn.xaso.XasoTest;

/** Every demo account of design/api.md logs in with the password "demo" and lands in its unit. */
@XasoTest
class DemoAccountsTests {

    @LocalServerPort
    int port;

    @Test
    void everyDocumentedDemoAccountWorks() {
        Api api = new Api(port);
        assertUnit(api, "admin", "H40", "PROVINCE_ADMIN");
        assertUnit(api, "theodoi", "H40", "MONITOR");
        assertUnit(api, "motcua.binhan", "H40.01", "COUNTER");
        assertUnit(api, "chuyenvien.binhan", "H40.01", "SPECIALIST");
        assertUnit(api, "lanhdao.binhan", "H40.01", "LEADER");
        assertUnit(api, "vanthu.binhan", "H40.01", "CLERK");
        assertUnit(api, "motcua.thientruong", "H40.02", "COUNTER");
        assertUnit(api, "lanhdao.thientruong", "H40.02", "LEADER");
        String tayHoaLu = api.get("/api/v1/me", "motcua.tayhoalu").json().get("unitCode").asString();
        assertThat(api.get("/api/v1/units/" + tayHoaLu, "admin").json().get("name").asString()).isEqualTo("Phường Tây Hoa Lư");
        assertThat(api.get("/api/v1/me", "vanthu.giavien").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/me", "congdan").json().get("idNumber").asString()).isEqualTo("037095000001");
    }

    private static void assertUnit(Api api, String user, String unit, String role) {
        Api.Response me = api.get("/api/v1/me", user);
        assertThat(me.status()).as(user).isEqualTo(200);
        assertThat(me.json().get("unitCode").asString()).as(user).isEqualTo(unit);
        assertThat(me.json().get("roles").get(0).asString()).as(user).isEqualTo(role);
    }
}
