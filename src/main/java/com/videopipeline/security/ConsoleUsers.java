package com.videopipeline.security;

import com.videopipeline.security.WebSecurityProperties.ConsoleUser;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The console's users, made from the environment at start: at most an admin and a viewer. A plain password is
 * encoded (bcrypt) here and only its hash is kept. With no user configured nobody can log in, and the start says so.
 */
final class ConsoleUsers {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleUsers.class);

    private ConsoleUsers() {
    }

    static InMemoryUserDetailsManager of(WebSecurityProperties properties, PasswordEncoder encoder) {
        List<UserDetails> users = new ArrayList<>();
        add(users, properties.admin(), ConsoleRole.ADMIN, encoder);
        add(users, properties.viewer(), ConsoleRole.VIEWER, encoder);
        if (users.isEmpty()) {
            LOG.warn("No console user is configured (PIPELINE_ADMIN_USER / PIPELINE_VIEWER_USER and their passwords):"
                    + " nobody can log in to the operations console at /actuator/hawtio");
        } else {
            LOG.info("Operations console users: {}", users.stream()
                    .map(u -> u.getUsername() + " " + u.getAuthorities()).toList());
        }
        return new InMemoryUserDetailsManager(users);
    }

    private static void add(List<UserDetails> users, ConsoleUser user, ConsoleRole role, PasswordEncoder encoder) {
        if (!user.isSet()) {
            return;
        }
        String password = ConsoleUser.isEncoded(user.password()) ? user.password() : encoder.encode(user.password());
        users.add(User.withUsername(user.user()).password(password).roles(role.name()).build());
    }
}
