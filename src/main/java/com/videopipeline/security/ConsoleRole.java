package com.videopipeline.security;

import java.util.Collection;
import java.util.Locale;
import org.springframework.security.core.GrantedAuthority;

/** The two roles of the operations console; Hawtio knows them by their lower-case names. */
enum ConsoleRole {

    /** Sees everything the console shows and may change things: operations, attribute writes. */
    ADMIN,
    /** Sees the console read-only. */
    VIEWER;

    /** Spring Security's name for the role. */
    String authority() {
        return "ROLE_" + name();
    }

    /** The name Hawtio checks ({@code hawtio.roles}). */
    String hawtioName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether these granted authorities include the admin role. */
    static boolean isAdmin(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().anyMatch(a -> ADMIN.authority().equals(a.getAuthority()));
    }
}
