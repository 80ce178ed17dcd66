package vn.xaso.identity;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the API says, in {@code /v3/api-docs}, who may call it: HTTP Basic with a xaso account, or a bearer token of the
 * province's identity provider (its issuer named when one is configured; without it, bearer tokens are refused).
 * {@code /api/v1/public/**} needs neither.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BASIC = "basic";
    static final String BEARER = "bearer";
    static final String OIDC = "oidc";

    @Bean
    OpenAPI xasoApi(SsoProperties sso) {
        SecurityScheme bearer = new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description(sso.configured()
                        ? "An access token of the province's identity provider, issuer " + sso.issuerUri()
                                + " (audience '" + sso.clientId() + "'; client credentials for other systems)."
                        : "An access token of the province's identity provider; taken once xaso.sso.issuer-uri is set"
                                + " (none is set here).");
        Components components = new Components()
                .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("A xaso account's username and password."))
                .addSecuritySchemes(BEARER, bearer);
        if (sso.configured()) {
            components.addSecuritySchemes(OIDC, new SecurityScheme().type(SecurityScheme.Type.OPENIDCONNECT)
                    .openIdConnectUrl(sso.issuerUri().replaceAll("/+$", "") + "/.well-known/openid-configuration"));
        }
        return new OpenAPI().info(new Info().title("xaso API").version("v1")
                        .description("One platform for a commune's dossiers and documents. Errors are RFC 9457 problem details."))
                .components(components)
                .security(List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(BEARER)));
    }

    /** The public operations (tracking, verification, the payment gateway's callback, feedback) need no user. */
    @Bean
    OpenApiCustomizer publicOperationsNeedNoUser() {
        return api -> api.getPaths().forEach((path, item) -> {
            if (path.startsWith("/api/v1/public/")) {
                item.readOperations().forEach(operation -> operation.setSecurity(List.of()));
            }
        });
    }
}
