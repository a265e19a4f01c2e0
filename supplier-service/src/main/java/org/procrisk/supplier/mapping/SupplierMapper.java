package org.procrisk.supplier.mapping;

import java.util.List;

import org.procrisk.supplier.api.SiteDto;
import org.procrisk.supplier.api.SupplierDto;
import org.procrisk.supplier.api.SupplierInput;
import org.procrisk.supplier.domain.Site;
import org.procrisk.supplier.domain.Supplier;

public final class SupplierMapper {

    private SupplierMapper() {
    }

    public static SupplierDto toDto(Supplier s) {
        List<SiteDto> sites = s.sites.stream()
                .map(site -> new SiteDto(site.name, site.country, SiteDto.SiteRole.valueOf(site.role)))
                .toList();
        return new SupplierDto(s.id, s.externalId, s.name, s.country, sites, s.version, s.createdAt, s.updatedAt);
    }

    /** Copies the input onto the entity; true when anything changed. */
    public static boolean apply(SupplierInput in, Supplier s) {
        List<Site> sites = in.sites().stream().map(x -> new Site(x.name(), x.country(), x.role().name())).toList();
        boolean changed = !in.externalId().equals(s.externalId) || !in.name().equals(s.name)
                || !in.country().equals(s.country) || !sites.equals(s.sites);
        s.externalId = in.externalId();
        s.name = in.name();
        s.country = in.country();
        if (!sites.equals(s.sites)) {
            s.sites.clear();
            s.sites.addAll(sites);
        }
        return changed;
    }
}
