package org.procrisk.supplier.domain;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Site {

    @Column(nullable = false)
    public String name;

    @Column(nullable = false, columnDefinition = "CHAR(2)")
    public String country;

    @Column(nullable = false)
    public String role;

    public Site() {
    }

    public Site(String name, String country, String role) {
        this.name = name;
        this.country = country;
        this.role = role;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Site s && Objects.equals(name, s.name) && Objects.equals(country, s.country)
                && Objects.equals(role, s.role);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, country, role);
    }
}
