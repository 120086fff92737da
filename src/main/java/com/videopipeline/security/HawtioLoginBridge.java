package com.videopipeline.security;

import io.hawt.web.auth.AuthenticationConfiguration;
import io.hawt.web.auth.AuthenticationContainerDiscovery;
import java.util.Map;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;
import javax.security.auth.login.Configuration;

/**
 * Makes Hawtio take its user from Spring Security's login instead of a JAAS realm of its own. Hawtio ships this
 * bridge in {@code io.hawt:hawtio-springboot-security}, which the Maven mirror here lacks; Hawtio finds this one
 * through {@code hawtio.authenticationContainerDiscoveryClasses} (config/application.yml), hence public.
 * Spring's {@code SecurityContextLoginModule} turns the logged-in user into the JAAS subject, then
 * {@link SpringRolesLoginModule} adds the roles Hawtio checks ({@code hawtio.roles}).
 */
public final class HawtioLoginBridge implements AuthenticationContainerDiscovery {

    private static final String SPRING_LOGIN_MODULE =
            "org.springframework.security.authentication.jaas.SecurityContextLoginModule";

    @Override
    public String getContainerName() {
        return "Spring Security (video-pipeline)";
    }

    @Override
    public boolean registerContainerAuthentication(AuthenticationConfiguration configuration) {
        configuration.setSpringSecurityEnabled(true);
        configuration.addConfiguration(new Configuration() {
            @Override
            public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
                return new AppConfigurationEntry[] {
                    new AppConfigurationEntry(SPRING_LOGIN_MODULE, LoginModuleControlFlag.REQUIRED, Map.of()),
                    new AppConfigurationEntry(SpringRolesLoginModule.class.getName(),
                            LoginModuleControlFlag.REQUIRED, Map.of())
                };
            }
        });
        return true;
    }
}
