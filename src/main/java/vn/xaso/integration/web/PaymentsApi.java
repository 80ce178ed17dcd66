package vn.xaso.integration.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.xaso.api.InvalidInput;
import vn.xaso.dossier.DossierDesk;
import vn.xaso.integration.PaymentGateway;

/**
 * {@code POST /api/v1/public/payments/callback}: the payment gateway tells that a fee was paid. Only a callback signed
 * with the shared secret counts; the same payment told twice is recorded once; a paid dossier waiting for its fee is
 * received and processing starts.
 */
@RestController
class PaymentsApi {

    private final PaymentGateway gateway;
    private final DossierDesk desk;

    PaymentsApi(PaymentGateway gateway, DossierDesk desk) {
        this.gateway = gateway;
        this.desk = desk;
    }

    record CallbackBody(@NotBlank @Size(max = 40) String orderId, @NotNull @PositiveOrZero Long amount,
            @NotBlank @Size(max = 100) String transactionId, @NotBlank @Size(max = 20) String status,
            @NotBlank @Size(max = 128) String signature) {
    }

    @PostMapping("/api/v1/public/payments/callback")
    Map<String, String> callback(@Valid @RequestBody CallbackBody body) {
        var callback = new PaymentGateway.Callback(body.orderId(), body.amount(), body.transactionId(), body.status(),
                body.signature());
        if (!gateway.signedByTheGateway(callback)) {
            throw new InvalidInput("signature", "payment.signature");
        }
        if (!"SUCCESS".equals(body.status())) {
            return Map.of("result", "NOTED");
        }
        return Map.of("result", desk.paidOnline(body.orderId(), body.amount(), body.transactionId()) ? "PAID" : "ALREADY");
    }
}
