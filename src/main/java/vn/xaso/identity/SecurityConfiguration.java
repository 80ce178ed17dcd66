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
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Two doors: {@code /api/**} with HTTP Basic, stateless, answering problem details; everything else
 * with form login, CSRF, a session that times out, and strict security headers. Finer rules (which
 * unit, which role) are checked again in each module on the server.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(IdentityProperties.class)
class SecurityConfiguration {

    static final String[] PUBLIC_PAGES = {"/login", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**",
            "/favicon.ico", "/actuator/health/**", "/actuator/prometheus", "/v3/api-docs/**", "/swagger-ui/**",
            "/swagger-ui.html", "/portal", "/portal/catalog/**", "/portal/track", "/verify"};
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

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

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems) throws Exception {
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
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, SessionRegistry sessions) throws Exception {
        // every refusal reads the same (PasswordLogin): no page tells a locked, disabled or unknown account apart
        var failures = new SimpleUrlAuthenticationFailureHandler("/login?error");
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers("/admin/integration").hasAnyRole("PROVINCE_ADMIN", "UNIT_ADMIN", "MONITOR")
                        .requestMatchers("/admin/**").hasAnyRole("PROVINCE_ADMIN", "UNIT_ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").failureHandler(failures).defaultSuccessUrl("/", true))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .deleteCookies("XASO_SESSION"))
                .sessionManagement(session -> session
                        .sessionFixation(fixation -> fixation.changeSessionId())
                        .maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login?expired"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")))
                .build();
    }
}
