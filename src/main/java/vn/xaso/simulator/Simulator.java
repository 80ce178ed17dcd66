package vn.xaso.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The simulator's HTTP server on its own port ({@code xaso.integration.simulator.port}, default 8089; 0 for any free
 * one), started with the demo. Its address is published as {@code xaso.integration.simulator.url}, which the demo's
 * adapter settings point at.
 * <ul>
 * <li>{@code GET /population/v1/citizens/{idNumber}} — the population database: the person or 404;</li>
 * <li>{@code POST /dvcqg/v1/dossiers} — the national portal: a dossier's status (MaHoSo, MaThongDiep, TrangThaiHoSo …),
 * kept once per message; {@code GET /dvcqg/v1/dossiers?ngay=yyyyMMdd} the dossiers handed in that day it has (for the
 * daily reconciliation); {@code GET /__received?dossier=CODE} what it received for a dossier, in order;
 * {@code GET /__record?dossier=CODE} the dossier as it has it now;</li>
 * <li>{@code POST /__forget?dossier=CODE} — the portal loses a dossier (for the reconciliation);</li>
 * <li>{@code GET /__citizens?limit=20} — the people it knows (the first {@code limit}), to try the demo with;</li>
 * <li>{@code POST /exchange/v1/messages} — the document exchange platform (see {@link Exchange}): an EDXML message,
 * the sender's id in {@code X-Message-Id}; {@code GET /exchange/v1/messages?to=H40} what waits for an organ and those
 * under it ({@code [{id, from, to, kind}]}); {@code GET /exchange/v1/messages/{id}} one message;
 * {@code DELETE /exchange/v1/messages/{id}} takes it out; {@code GET /__exchange?organ=ID} everything delivered to an
 * organ, in order ({@code [{id, from, to, kind, statusCode, documentId, acknowledged, body}]});</li>
 * <li>{@code POST /sms/v1/messages {"to", "text", "trackingId"}} — the SMS gateway; {@code POST
 * /zalo/v1/message/template {"phone", "template_id", "template_data", "tracking_id"}} — Zalo ZNS (see {@link Messaging});
 * {@code GET /__sms?to=PHONE}, {@code GET /__zalo?to=84…} what a phone received;</li>
 * <li>{@code POST /payment/v1/payments {orderId, amount, description, callbackUrl, returnUrl}} — the payment gateway
 * (see {@link PaymentDesk}): answers {@code {id, payUrl}}; {@code /payment/v1/pay/{id}} the page the citizen pays on;
 * {@code POST /__pay?order=CODE} pays the order's latest payment as the citizen would;</li>
 * <li>{@code POST /csc/v2/auth/login} (HTTP Basic) and then, with its token, {@code credentials/list|info|sendOTP|authorize}
 * and {@code signatures/signHash} — a remote signing service speaking the CSC API v2 (see {@link RemoteSigningDesk}),
 * answering after {@code xaso.integration.simulator.signing-latency} (50 ms); {@code GET /__csc/otp?user=USERNAME} the OTP
 * last sent to that signer's phone; {@code GET /__csc/calls} how many calls each method had;</li>
 * <li>the demo's mail relay: an SMTP server on {@code xaso.integration.simulator.mail-port} (default 8025; see
 * {@link MailSink}); {@code GET /__mail} the e-mails it took, newest first, as a page to read ({@code ?to=} one
 * recipient's; {@code &format=json} as JSON);</li>
 * <li>{@code POST /__faults {"service": "population|dvcqg|exchange|signing…", "mode": "up|down|slow|error"}} — how a service
 * behaves from now on; {@code GET /__faults} the modes now.</li>
 * </ul>
 */
@Component
@ConditionalOnProperty(name = "xaso.integration.simulator.enabled", havingValue = "true")
class Simulator {

    enum Service { POPULATION, DVCQG, EXCHANGE, SMS, ZALO, PAYMENT, SIGNING }

    private static final Logger log = LoggerFactory.getLogger(Simulator.class);
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final ConfigurableEnvironment environment;
    private final int port;
    private final Duration latency;
    private final Duration slowLatency;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Population population = new Population();
    private final Portal portal = new Portal();
    private final Exchange exchangePlatform = new Exchange();
    private final Messaging sms = new Messaging();
    private final Messaging zalo = new Messaging();
    private PaymentDesk paymentDesk;
    private final RemoteSigningDesk remoteSigning = new RemoteSigningDesk();
    private final Map<String, java.util.concurrent.atomic.AtomicInteger> signingCalls = new java.util.concurrent.ConcurrentHashMap<>();
    private final Duration signingLatency;
    private final Map<Service, Fault> faults = new EnumMap<>(Service.class);
    private final MailSink mailSink;
    private HttpServer server;
    private ExecutorService threads;

    Simulator(ConfigurableEnvironment environment, @Value("${xaso.integration.simulator.port:8089}") int port,
            @Value("${xaso.integration.simulator.latency:150ms}") Duration latency,
            @Value("${xaso.integration.simulator.slow-latency:5s}") Duration slowLatency,
            @Value("${xaso.integration.simulator.signing-latency:50ms}") Duration signingLatency,
            @Value("${xaso.integration.simulator.mail-port:8025}") int mailPort) {
        this.mailSink = new MailSink(mailPort);
        this.signingLatency = signingLatency;
        this.environment = environment;
        this.port = port;
        this.latency = latency;
        this.slowLatency = slowLatency;
        for (Service service : Service.values()) {
            faults.put(service, Fault.UP);
        }
    }

    @PostConstruct
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        threads = Executors.newFixedThreadPool(32, runnable -> {
            Thread thread = new Thread(runnable, "simulator");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/population/v1/citizens/", this::citizen);
        server.createContext("/__faults", this::faults);
        server.createContext("/__citizens", this::someCitizens);
        server.createContext("/dvcqg/v1/dossiers", this::portalDossier);
        server.createContext("/__received", this::received);
        server.createContext("/__record", this::record);
        server.createContext("/__forget", this::forget);
        server.createContext("/exchange/v1/messages", this::exchangeMessages);
        server.createContext("/__exchange", this::exchangeRecord);
        server.createContext("/sms/v1/messages", this::smsMessage);
        server.createContext("/zalo/v1/message/template", this::zaloMessage);
        server.createContext("/__sms", exchange -> delivered(exchange, sms));
        server.createContext("/__zalo", exchange -> delivered(exchange, zalo));
        paymentDesk = new PaymentDesk(json, environment.getProperty("xaso.payment.secret", ""));
        server.createContext("/payment/v1/payments", this::openPayment);
        server.createContext("/payment/v1/pay/", this::payPage);
        server.createContext("/__pay", this::payForTests);
        server.createContext("/csc/v2/", this::remoteSigning);
        server.createContext("/__csc/otp", this::lastOtp);
        server.createContext("/__csc/calls", exchange -> {
            try (exchange) {
                Map<String, Integer> calls = new java.util.TreeMap<>();
                signingCalls.forEach((operation, count) -> calls.put(operation, count.get()));
                send(exchange, 200, calls);
            }
        });
        server.createContext("/__mail", this::mails);
        mailSink.start();
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        // the ports really bound (0 asks for any free one), for the links the demo points at them
        environment.getPropertySources().addFirst(new MapPropertySource("simulator", Map.of("xaso.integration.simulator.url", url,
                "xaso.integration.simulator.smtp-port", mailSink.port())));
        log.info("Simulator of the national services at {} ({} citizens); mail relay at 127.0.0.1:{}, its e-mails at {}/__mail",
                url, population.size(), mailSink.port(), url);
    }

    @PreDestroy
    void stop() {
        mailSink.stop();
        server.stop(0);
        threads.shutdownNow();
    }

    private void citizen(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!behave(exchange, Service.POPULATION)) {
                return;
            }
            String id = exchange.getRequestURI().getPath().substring("/population/v1/citizens/".length());
            Optional<Population.Person> person = population.find(id);
            if (person.isEmpty()) {
                send(exchange, 404, Map.of("maLoi", "KHONG_TIM_THAY", "moTa", "Không tìm thấy công dân"));
                return;
            }
            send(exchange, 200, answer(person.get()));
        }
    }

    /** A person as the population database answers. */
    private static Map<String, Object> answer(Population.Person p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("soDinhDanh", p.soDinhDanh());
        body.put("hoVaTen", p.hoVaTen());
        body.put("ngayThangNamSinh", BIRTH.format(p.ngaySinh()));
        body.put("gioiTinh", p.gioiTinh());
        body.put("noiThuongTru", p.noiThuongTru());
        return body;
    }

    private void portalDossier(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (exchange.getRequestMethod().equals("GET")) {
                reconcile(exchange);
                return;
            }
            if (!exchange.getRequestMethod().equals("POST")) {
                send(exchange, 405, Map.of("maLoi", "PHUONG_THUC", "moTa", "GET, POST"));
                return;
            }
            JsonNode message;
            try (InputStream in = exchange.getRequestBody()) {
                message = json.readTree(in.readNBytes(2_000_000));
            } catch (RuntimeException e) {
                send(exchange, 400, Map.of("maLoi", "DU_LIEU", "moTa", "Không đọc được thông điệp"));
                return;
            }
            if (!behave(exchange, Service.DVCQG)) {
                return;
            }
            JsonNode code = message.get("MaHoSo");
            JsonNode id = message.get("MaThongDiep");
            JsonNode status = message.get("TrangThaiHoSo");
            if (code == null || !code.isString() || id == null || !id.isNumber() || status == null || !status.isNumber()) {
                send(exchange, 400, Map.of("maLoi", "DU_LIEU", "moTa", "Thiếu MaHoSo, MaThongDiep hoặc TrangThaiHoSo"));
                return;
            }
            JsonNode submitted = message.get("NgayNopHoSo");
            LocalDate submittedOn = submitted != null && submitted.isString() && submitted.asString().length() >= 8
                    ? LocalDate.parse(submitted.asString().substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE) : null;
            boolean kept = portal.take(code.asString(), id.asLong(), status.asInt(), submittedOn, message);
            send(exchange, 200, Map.of("maLoi", "0", "moTa", kept ? "Thành công" : "Đã nhận trước đó"));
        }
    }

    /** {@code GET /dvcqg/v1/dossiers?ngay=yyyyMMdd}: the dossiers handed in that day that the portal has (đối soát). */
    private void reconcile(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getQuery();
        if (query == null || !query.matches("ngay=[0-9]{8}")) {
            send(exchange, 400, Map.of("maLoi", "DU_LIEU", "moTa", "ngay=yyyyMMdd"));
            return;
        }
        if (!behave(exchange, Service.DVCQG)) {
            return;
        }
        List<String> codes = portal.submittedOn(LocalDate.parse(query.substring(5), DateTimeFormatter.BASIC_ISO_DATE));
        send(exchange, 200, Map.of("ngay", query.substring(5), "soLuong", codes.size(), "maHoSo", codes));
    }

    private void received(HttpExchange exchange) throws IOException {
        try (exchange) {
            String code = dossierOf(exchange);
            send(exchange, 200, portal.received(code).stream()
                    .map(r -> Map.of("portalStatus", r.portalStatus(), "at", r.at().toString())).toList());
        }
    }

    /** {@code GET /__record?dossier=CODE}: the dossier as the portal has it (the last message it took), or 404. */
    private void record(HttpExchange exchange) throws IOException {
        try (exchange) {
            String code = dossierOf(exchange);
            JsonNode record = portal.record(code);
            if (record == null) {
                send(exchange, 404, Map.of("maLoi", "KHONG_CO", "moTa", "Cổng chưa có hồ sơ " + code));
            } else {
                send(exchange, 200, record);
            }
        }
    }

    /** {@code POST /__forget?dossier=CODE}: the portal loses what it had of a dossier (to exercise the reconciliation). */
    private void forget(HttpExchange exchange) throws IOException {
        try (exchange) {
            portal.forget(dossierOf(exchange));
            exchange.sendResponseHeaders(204, -1);
        }
    }

    /** The dossier code a test endpoint is asked about ({@code ?dossier=CODE}), or "" for none. */
    private static String dossierOf(HttpExchange exchange) {
        String query = exchange.getRequestURI().getQuery();
        return query != null && query.startsWith("dossier=") ? query.substring("dossier=".length()) : "";
    }

    private void exchangeMessages(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring("/exchange/v1/messages".length());
            String method = exchange.getRequestMethod();
            byte[] posted = method.equals("POST") ? readBody(exchange, 40_000_000) : null;
            if (!behave(exchange, Service.EXCHANGE)) {
                return;
            }
            if (path.isEmpty() && method.equals("POST")) {
                List<Exchange.Delivery> made;
                try {
                    made = exchangePlatform.post(exchange.getRequestHeaders().getFirst("X-Message-Id"),
                            new String(posted, StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    send(exchange, 400, Map.of("maLoi", "DU_LIEU", "moTa", e.getMessage()));
                    return;
                }
                send(exchange, 200, Map.of("maLoi", "0", "moTa", made.isEmpty() ? "Đã nhận trước đó" : "Thành công",
                        "ids", made.stream().map(Exchange.Delivery::id).toList()));
            } else if (path.isEmpty() && method.equals("GET")) {
                String query = exchange.getRequestURI().getQuery();
                String organ = query != null && query.startsWith("to=") ? query.substring(3) : "";
                if (organ.isBlank()) {
                    send(exchange, 400, Map.of("maLoi", "DU_LIEU", "moTa", "to=ORGAN"));
                    return;
                }
                send(exchange, 200, exchangePlatform.waiting(organ).stream()
                        .map(d -> Map.of("id", d.id(), "from", d.from(), "to", d.to(), "kind", d.kind())).toList());
            } else if (path.matches("/[A-Za-z0-9]+") && (method.equals("GET") || method.equals("DELETE"))) {
                String id = path.substring(1);
                Optional<Exchange.Delivery> delivery = exchangePlatform.get(id);
                if (delivery.isEmpty()) {
                    send(exchange, 404, Map.of("maLoi", "KHONG_TIM_THAY", "moTa", "Không có thông điệp " + id));
                } else if (method.equals("DELETE")) {
                    exchangePlatform.acknowledge(id);
                    exchange.sendResponseHeaders(204, -1);
                } else {
                    byte[] xml = delivery.get().body().getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "application/xml; charset=utf-8");
                    exchange.sendResponseHeaders(200, xml.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(xml);
                    }
                }
            } else {
                send(exchange, 405, Map.of("maLoi", "PHUONG_THUC", "moTa", "POST, GET /messages; GET, DELETE /messages/{id}"));
            }
        }
    }

    /** {@code GET /__exchange?organ=ID}: everything the platform delivered to an organ, in order. */
    private void exchangeRecord(HttpExchange exchange) throws IOException {
        try (exchange) {
            String query = exchange.getRequestURI().getQuery();
            String organ = query != null && query.startsWith("organ=") ? query.substring("organ=".length()) : "";
            send(exchange, 200, exchangePlatform.deliveredTo(organ).stream().map(d -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", d.id());
                row.put("from", d.from());
                row.put("to", d.to());
                row.put("kind", d.kind());
                row.put("statusCode", d.statusCode());
                row.put("documentId", d.documentId());
                row.put("acknowledged", d.acknowledged());
                row.put("body", d.body());
                return row;
            }).toList());
        }
    }

    private void smsMessage(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode message = readJson(exchange);
            if (!behave(exchange, Service.SMS)) {
                return;
            }
            String to = message == null ? "" : message.path("to").asString("");
            if (!to.matches("[0-9+ .()-]{6,20}") || message.path("text").asString("").isBlank()) {
                send(exchange, 400, Map.of("status", "INVALID", "message", "to (a phone number) and text are required"));
                return;
            }
            boolean kept = sms.take(to, message.path("text").asString(), message.path("trackingId").asString(null), Map.of());
            send(exchange, 200, Map.of("status", kept ? "OK" : "DUPLICATE"));
        }
    }

    private void zaloMessage(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode message = readJson(exchange);
            if (!behave(exchange, Service.ZALO)) {
                return;
            }
            String phone = message == null ? "" : message.path("phone").asString("");
            if (!phone.matches("84[0-9]{9,10}") || message.path("template_id").asString("").isBlank()) {
                send(exchange, 200, Map.of("error", -108, "message", "Phone number is invalid"));
                return;
            }
            if (!Messaging.hasZalo(phone)) {
                send(exchange, 200, Map.of("error", -118, "message", "Zalo account not existed"));
                return;
            }
            Map<String, Object> data = json.convertValue(message.path("template_data"), Map.class);
            zalo.take(phone, message.path("template_id").asString(), message.path("tracking_id").asString(null), data);
            send(exchange, 200, Map.of("error", 0, "message", "Success"));
        }
    }

    /** {@code GET /__sms?to=PHONE} or {@code /__zalo?to=84…}: what the phone received, in order. */
    private void delivered(HttpExchange exchange, Messaging messaging) throws IOException {
        try (exchange) {
            String query = exchange.getRequestURI().getQuery();
            String to = query != null && query.startsWith("to=")
                    ? java.net.URLDecoder.decode(query.substring(3), StandardCharsets.UTF_8) : "";
            send(exchange, 200, messaging.to(to).stream().map(d -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("to", d.to());
                row.put("text", d.text());
                row.put("trackingId", d.trackingId());
                row.put("data", d.data());
                row.put("at", d.at().toString());
                return row;
            }).toList());
        }
    }

    /** The e-mails the demo's mail relay took: a page to read, or JSON ({@code format=json}). */
    private void mails(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> query = parameters(exchange);
            List<MailSink.Mail> mails = mailSink.received(query.getOrDefault("to", ""), 200);
            if ("json".equals(query.get("format"))) {
                send(exchange, 200, mails);
                return;
            }
            StringBuilder rows = new StringBuilder();
            for (MailSink.Mail mail : mails) {
                rows.append("<article><h2>").append(escape(String.valueOf(mail.subject()))).append("</h2><p><small>")
                        .append(escape(mail.at().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                                .format(DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy"))))
                        .append(" — từ ").append(escape(mail.from())).append(" đến ").append(escape(mail.to()))
                        .append("</small></p><pre>").append(escape(mail.body())).append("</pre></article>");
            }
            String html = """
                    <!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>Hộp thư mô phỏng của bản demo</title>
                    <style>body{font-family:sans-serif;max-width:60rem;margin:1rem auto}pre{white-space:pre-wrap;background:#f4f4f4;padding:.5rem}</style>
                    </head><body><h1>Hộp thư mô phỏng của bản demo</h1>
                    <p>Mọi thư điện tử bản demo gửi đi (qua máy chủ thư 127.0.0.1:%d), mới nhất ở trên.</p>%s</body></html>"""
                    .formatted(mailSink.port(), mails.isEmpty() ? "<p>Chưa có thư nào.</p>" : rows.toString());
            byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private void openPayment(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode request = readJson(exchange);
            if (!behave(exchange, Service.PAYMENT)) {
                return;
            }
            if (request == null || request.path("orderId").asString("").isBlank() || request.path("amount").asLong(0) <= 0
                    || request.path("callbackUrl").asString("").isBlank()) {
                send(exchange, 400, Map.of("error", "orderId, amount and callbackUrl are required"));
                return;
            }
            PaymentDesk.Opened opened = paymentDesk.open(request.get("orderId").asString(), request.get("amount").asLong(),
                    request.path("description").asString(""), request.get("callbackUrl").asString(),
                    request.path("returnUrl").asString(""));
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            send(exchange, 200, Map.of("id", opened.id(), "payUrl", base + "/payment/v1/pay/" + opened.id()));
        }
    }

    /** The gateway's page: the amount and one button; paying tells xaso and goes back to the dossier. */
    private void payPage(HttpExchange exchange) throws IOException {
        try (exchange) {
            String id = exchange.getRequestURI().getPath().substring("/payment/v1/pay/".length());
            Optional<PaymentDesk.Opened> payment = paymentDesk.find(id);
            if (payment.isEmpty()) {
                send(exchange, 404, Map.of("error", "no payment " + id));
                return;
            }
            if (exchange.getRequestMethod().equals("POST")) {
                readBody(exchange, 10_000);
                try {
                    paymentDesk.pay(payment.get());
                } catch (Exception e) {
                    log.warn("Simulator: the callback of payment {} failed: {}", id, e.toString());
                }
                exchange.getResponseHeaders().set("Location", payment.get().returnUrl());
                exchange.sendResponseHeaders(303, -1);
                return;
            }
            String html = """
                    <!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>Cổng thanh toán (mô phỏng)</title></head>
                    <body><h1>Cổng thanh toán (mô phỏng)</h1><p>%s</p><p>Số tiền: <strong>%,d đồng</strong></p>
                    <form method="post"><button type="submit" id="pay">Thanh toán</button></form></body></html>"""
                    .formatted(escape(payment.get().description()), payment.get().amount());
            byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** {@code POST /__pay?order=CODE}: the citizen pays the order's latest payment; answers what xaso's callback said. */
    private void payForTests(HttpExchange exchange) throws IOException {
        try (exchange) {
            String query = exchange.getRequestURI().getQuery();
            String order = query != null && query.startsWith("order=") ? query.substring("order=".length()) : "";
            Optional<PaymentDesk.Opened> payment = paymentDesk.latestFor(order);
            if (payment.isEmpty()) {
                send(exchange, 404, Map.of("error", "no payment for " + order));
                return;
            }
            int status;
            try {
                status = paymentDesk.pay(payment.get());
            } catch (Exception e) {
                status = 0;
            }
            send(exchange, 200, Map.of("callback", status));
        }
    }

    /** The CSC API v2 of the remote signing service: errors as {@code {error, error_description}}. */
    private void remoteSigning(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode request = readJson(exchange);
            if (!behave(exchange, Service.SIGNING)) {
                return;
            }
            pause(signingLatency);
            String operation = exchange.getRequestURI().getPath().substring("/csc/v2/".length());
            signingCalls.computeIfAbsent(operation, o -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
            if (operation.equals("info")) {
                send(exchange, 200, Map.of("specs", "2.0.0.2", "name", "Ký số từ xa (mô phỏng)", "lang", "vi-VN",
                        "authType", List.of("basic"), "methods", List.of("auth/login", "credentials/list", "credentials/info",
                                "credentials/sendOTP", "credentials/authorize", "signatures/signHash")));
                return;
            }
            if (operation.equals("auth/login")) {
                String basic = exchange.getRequestHeaders().getFirst("Authorization");
                String expected = "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (environment.getProperty("xaso.signing.remote.client-id", "xaso") + ":"
                                + environment.getProperty("xaso.signing.remote.client-secret", "")).getBytes(StandardCharsets.UTF_8));
                if (!expected.equals(basic)) {
                    send(exchange, 401, Map.of("error", "invalid_client", "error_description", "Wrong client id or secret"));
                    return;
                }
                send(exchange, 200, Map.of("access_token", remoteSigning.login(), "expires_in", 3600));
                return;
            }
            String bearer = exchange.getRequestHeaders().getFirst("Authorization");
            if (bearer == null || !bearer.startsWith("Bearer ") || !remoteSigning.knows(bearer.substring(7))) {
                send(exchange, 401, Map.of("error", "invalid_token", "error_description", "Log in first (auth/login)"));
                return;
            }
            if (request == null) {
                send(exchange, 400, Map.of("error", "invalid_request", "error_description", "A JSON body is required"));
                return;
            }
            if (operation.equals("credentials/list")) {
                String user = request.path("userID").asString("");
                if (user.isBlank()) {
                    send(exchange, 400, Map.of("error", "invalid_request", "error_description", "Missing userID"));
                    return;
                }
                send(exchange, 200, Map.of("credentialIDs", remoteSigning.credentials(user)));
                return;
            }
            Optional<RemoteSigningDesk.Credential> credential = remoteSigning.credential(request.path("credentialID").asString(""));
            if (credential.isEmpty()) {
                send(exchange, 400, Map.of("error", "invalid_request", "error_description", "Invalid parameter credentialID"));
                return;
            }
            switch (operation) {
                case "credentials/info" -> send(exchange, 200, Map.of(
                        "key", Map.of("status", "enabled", "algo", List.of(RemoteSigningDesk.RSA), "len", 2048),
                        "cert", Map.of("status", "valid", "certificates", credential.get().chain().stream()
                                .map(c -> { try { return java.util.Base64.getEncoder().encodeToString(c.getEncoded()); }
                                        catch (java.security.cert.CertificateEncodingException e) { throw new IllegalStateException(e); } })
                                .toList()),
                        "authMode", "explicit", "SCAL", "1", "multisign", 1000,
                        "OTP", Map.of("presence", "true", "type", "online", "format", "N", "label", "Mã OTP")));
                case "credentials/sendOTP" -> {
                    remoteSigning.sendOtp(credential.get());
                    send(exchange, 200, Map.of());
                }
                case "credentials/authorize" -> {
                    int count = request.path("numSignatures").asInt(0);
                    if (count < 1 || count > 1000) {
                        send(exchange, 400, Map.of("error", "invalid_request", "error_description", "numSignatures must be 1–1000"));
                        return;
                    }
                    Optional<String> sad = remoteSigning.authorize(credential.get(), count, request.path("OTP").asString(""));
                    if (sad.isEmpty()) {
                        send(exchange, 400, Map.of("error", "invalid_otp", "error_description", "The OTP is invalid"));
                        return;
                    }
                    send(exchange, 200, Map.of("SAD", sad.get(), "expiresIn", 300));
                }
                case "signatures/signHash" -> {
                    List<byte[]> hashes = new java.util.ArrayList<>();
                    request.path("hashes").forEach(h -> hashes.add(java.util.Base64.getDecoder().decode(h.asString(""))));
                    if (hashes.isEmpty() || hashes.stream().anyMatch(h -> h.length != 32)
                            || !RemoteSigningDesk.SHA256.equals(request.path("hashAlgorithmOID").asString(""))) {
                        send(exchange, 400, Map.of("error", "invalid_request", "error_description", "SHA-256 hashes are required"));
                        return;
                    }
                    Optional<List<byte[]>> signatures = remoteSigning.signHashes(credential.get(), request.path("SAD").asString(null), hashes);
                    if (signatures.isEmpty()) {
                        send(exchange, 400, Map.of("error", "invalid_request", "error_description", "Invalid SAD"));
                        return;
                    }
                    send(exchange, 200, Map.of("signatures", signatures.get().stream()
                            .map(java.util.Base64.getEncoder()::encodeToString).toList()));
                }
                default -> send(exchange, 404, Map.of("error", "invalid_request", "error_description", "Unknown method " + operation));
            }
        }
    }

    private void lastOtp(HttpExchange exchange) throws IOException {
        try (exchange) {
            String query = exchange.getRequestURI().getQuery();
            String user = query != null && query.startsWith("user=")
                    ? java.net.URLDecoder.decode(query.substring("user=".length()), StandardCharsets.UTF_8) : "";
            Optional<String> otp = remoteSigning.lastOtp(user);
            send(exchange, otp.isPresent() ? 200 : 404, otp.<Object>map(code -> Map.of("otp", code))
                    .orElse(Map.of("error", "no OTP sent to " + user)));
        }
    }

    /** The query's parameters, decoded (the last of a repeated name wins). */
    private static Map<String, String> parameters(HttpExchange exchange) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String query = exchange.getRequestURI().getRawQuery();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(java.net.URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        java.net.URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private JsonNode readJson(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return json.readTree(in.readNBytes(1_000_000));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static byte[] readBody(HttpExchange exchange, int max) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return in.readNBytes(max);
        }
    }

    private void someCitizens(HttpExchange exchange) throws IOException {
        try (exchange) {
            String query = exchange.getRequestURI().getQuery();
            int limit = 20;
            if (query != null && query.matches("limit=[0-9]{1,5}")) {
                limit = Math.min(population.size(), Integer.parseInt(query.substring("limit=".length())));
            }
            send(exchange, 200, population.some(limit).stream().map(Simulator::answer).toList());
        }
    }

    private void faults(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (exchange.getRequestMethod().equals("GET")) {
                Map<String, String> modes = new LinkedHashMap<>();
                synchronized (faults) {
                    faults.forEach((service, fault) -> modes.put(service.name().toLowerCase(Locale.ROOT),
                            fault.name().toLowerCase(Locale.ROOT)));
                }
                send(exchange, 200, modes);
                return;
            }
            JsonNode request;
            try (InputStream in = exchange.getRequestBody()) {
                request = json.readTree(in.readNBytes(10_000));
            } catch (RuntimeException e) {
                send(exchange, 400, Map.of("error", "a JSON object {service, mode}"));
                return;
            }
            Optional<Service> service = request.has("service") ? java.util.Arrays.stream(Service.values())
                    .filter(s -> s.name().equalsIgnoreCase(request.get("service").asString())).findFirst() : Optional.empty();
            Optional<Fault> fault = request.has("mode") ? Fault.of(request.get("mode").asString()) : Optional.empty();
            if (service.isEmpty() || fault.isEmpty()) {
                send(exchange, 400, Map.of("error", "service: population|dvcqg|exchange|sms|zalo|payment, mode: up|down|slow|error"));
                return;
            }
            synchronized (faults) {
                faults.put(service.get(), fault.get());
            }
            log.info("Simulator: {} is now {}", service.get(), fault.get());
            exchange.sendResponseHeaders(204, -1);
        }
    }

    /**
     * Behaves as the service's fault mode says; returns whether to answer normally (after the usual latency).
     * DOWN drops the connection without an answer, ERROR answers 500, SLOW answers after the slow latency.
     */
    private boolean behave(HttpExchange exchange, Service service) throws IOException {
        Fault fault;
        synchronized (faults) {
            fault = faults.get(service);
        }
        switch (fault) {
            case DOWN:
                return false;
            case ERROR:
                pause(latency);
                send(exchange, 500, Map.of("maLoi", "LOI_HE_THONG", "moTa", "Lỗi hệ thống"));
                return false;
            case SLOW:
                sleep(slowLatency.toMillis());
                return true;
            default:
                pause(latency);
                return true;
        }
    }

    /** About the given time (between half and one and a half times it), as a real service varies. */
    private static void pause(Duration about) {
        long millis = about.toMillis();
        if (millis <= 0) {
            return;
        }
        sleep(millis / 2 + ThreadLocalRandom.current().nextLong(millis + 1));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
        exchange.getRequestBody().close();
    }
}
