package vn.xaso.identity;

import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two doors: {@code /api/**} with HTTP Basic (and the province's bearer tokens when single sign-on is set), stateless,
 * answering problem details (a logged-in browser's session also counts there for downloads: {@link BrowserSessionReads}); everything else with form login (and the identity providers' logins), CSRF, a session
 * that times out and can be ended from any node, and strict security headers. Finer rules (which
 * unit, which role) are checked again in each module on the server.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({IdentityProperties.class, SsoProperties.class, VneidProperties.class})
class SecurityConfiguration {

    static final String[] PUBLIC_PAGES = {"/login", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**",
            "/favicon.ico", "/v3/api-docs/**", "/swagger-ui/**",
            "/swagger-ui.html", "/portal", "/portal/catalog/**", "/portal/track", "/verify"};
    /** {@code %s}: the identity providers' origins, where the logout form's answer leads (RP-initiated logout). */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'%s; frame-ancestors 'none'";

    @Bean
    RememberingPasswordEncoder passwordEncoder() {
        return new RememberingPasswordEncoder();
    }

    /** Refusals of {@link PasswordLogin} are failed logins too: the audit trail hears of them. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        var publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(
                Map.of(PasswordLogin.LoginRefused.class, AuthenticationFailureBadCredentialsEvent.class));
        return publisher;
    }

    /**
     * Operations: health for anyone (a load balancer's probe), the metrics for a collector's account (role
     * {@code METRICS}, HTTP Basic) or the province administrator, the rest of the actuator for the latter only.
     */
    @Bean
    @Order(0)
    SecurityFilterChain operations(HttpSecurity http, ProblemResponses problems) throws Exception {
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/prometheus").hasAnyRole("METRICS", "PROVINCE_ADMIN")
                        .anyRequest().hasRole("PROVINCE_ADMIN"))
                .httpBasic(basic -> basic.realmName("xaso").authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, SsoProperties sso, SsoAccounts ssoAccounts,
            ProviderSessions providerSessions, WebSessions webSessions) throws Exception {
        if (sso.configured()) {
            http.oauth2ResourceServer(server -> server
                    .jwt(jwt -> jwt.decoder(BearerTokens.decoder(sso)).jwtAuthenticationConverter(ssoAccounts))
                    .authenticationEntryPoint(problems));
        }
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/public/**").permitAll()
                        .requestMatchers("/api/v1/signing/identities/**", "/api/v1/signing/trust-anchors/**")
                        .hasAnyRole("PROVINCE_ADMIN", "UNIT_ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/units/**").hasRole("PROVINCE_ADMIN")
                        .requestMatchers(HttpMethod.PUT, "/api/v1/units/**").hasRole("PROVINCE_ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/officials/**").hasAnyRole("PROVINCE_ADMIN", "UNIT_ADMIN")
                        .requestMatchers(HttpMethod.PUT, "/api/v1/officials/**").hasAnyRole("PROVINCE_ADMIN", "UNIT_ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/procedures/**").hasAnyRole("PROVINCE_ADMIN", "UNIT_ADMIN")
                        .requestMatchers(HttpMethod.PUT, "/api/v1/procedures/**").hasAnyRole("PROVINCE_ADMIN", "UNIT_ADMIN")
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/procedures/**").hasAnyRole("PROVINCE_ADMIN", "UNIT_ADMIN")
                        .requestMatchers(HttpMethod.PUT, "/api/v1/calendar/**").hasAnyRole("PROVINCE_ADMIN", "UNIT_ADMIN")
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/calendar/**").hasAnyRole("PROVINCE_ADMIN", "UNIT_ADMIN")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("xaso").authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // a logged-in browser downloads with its web session (reading only), checked like a page's
                .securityContext(context -> context.securityContextRepository(new DelegatingSecurityContextRepository(
                        new RequestAttributeSecurityContextRepository(), new BrowserSessionReads())))
                .addFilterAfter(new SessionGuard(webSessions, providerSessions), SecurityContextHolderFilter.class)
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, IdentityProviders providers, SsoAccounts ssoAccounts,
            ProviderSessions providerSessions, DatabaseOidcSessions oidcSessions, WebSessions webSessions) throws Exception {
        // every refusal reads the same (PasswordLogin): no page tells a locked, disabled or unknown account apart
        var failures = new SimpleUrlAuthenticationFailureHandler("/login?error");
        var loggedOut = new SimpleUrlLogoutSuccessHandler();
        loggedOut.setDefaultTargetUrl("/login?logout");
        if (providers.any()) {
            SingleSignOn.configure(http, providers, ssoAccounts, providerSessions, oidcSessions);
        }
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers("/admin/integration").hasAnyRole("PROVINCE_ADMIN", "UNIT_ADMIN", "MONITOR")
                        .requestMatchers("/admin/**").hasAnyRole("PROVINCE_ADMIN", "UNIT_ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").failureHandler(failures).defaultSuccessUrl("/", true))
                .logout(logout -> logout.logoutUrl("/logout")
                        .addLogoutHandler((request, response, authentication) -> {
                            if (request.getSession(false) != null) {
                                webSessions.forget(request.getSession(false).getId());
                            }
                        })
                        .logoutSuccessHandler(providers.any() ? SingleSignOn.logoutThere(providers, loggedOut) : loggedOut)
                        .deleteCookies("XASO_SESSION"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterAfter(new SessionGuard(webSessions, providerSessions), SecurityContextHolderFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                CONTENT_SECURITY_POLICY.formatted(providers.origins())))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")))
                .build();
    }
}
