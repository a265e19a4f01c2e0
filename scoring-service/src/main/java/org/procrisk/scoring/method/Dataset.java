package org.procrisk.scoring.method;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;

/**
 * Everything the method reads, immutable and indexed for scoring: built once per registry snapshot and
 * shared by every request that scores against it.
 */
public final class Dataset {

    private static final Set<String> RARE_EARTH_GROUPS = Set.of("LREE", "HREE", "SC", "REE");
    private static final int MEMO_ENTRIES = 50_000;

    private final long version;
    private final Map<String, String> materialGroups;
    private final Map<String, Map<Stage, NavigableMap<Integer, Distribution>>> shares;
    private final List<ExportControl> controls;
    private final List<ExportControl> importRestrictions;
    private final Map<String, List<ExportControl>> exportControlsByMaterial;
    private final Set<String> controllingCountries;
    private final Map<String, Source> sources;
    private final Map<String, Supplier> suppliersByExternalId;
    private final Map<String, Part> partsByNumber;
    private final Map<String, List<Declaration>> declarationsBySupplier;
    private final List<ShareRow> shareRows;
    /** Supplier external id → materials it declared; asked for every component of every line. */
    private final Map<String, Set<String>> declaredMaterials;
    /**
     * Exposures by everything they depend on, and one instance of each list of controls that lines merge
     * from their materials: bounded, evicting the least used. Like {@link #derived}, it does its upkeep
     * (read buffers, eviction, collected keys) on the reading thread: Caffeine's default hands that to the
     * common pool, which woke a pool thread every few reads.
     */
    private final Cache<Object, Object> memo = Caffeine.newBuilder().maximumSize(MEMO_ENTRIES)
            .executor(Runnable::run).recordStats().build();
    /**
     * What other layers derive from this dataset's own objects (the rendering of an exposure's evidence,
     * say), found by the objects' identity and dropped with them or with the dataset. Its keys are held
     * only by the dataset's memo and indexes, which bound it; no size policy of its own keeps lookups cheap.
     */
    private final Cache<Object, Object> derived = Caffeine.newBuilder().weakKeys()
            .executor(Runnable::run).recordStats().build();
    private final List<Declaration> declarations;

    private Dataset(Builder b) {
        this.shareRows = List.copyOf(b.shareRows);
        this.declarations = List.copyOf(b.declarations);
        this.version = b.version;
        this.materialGroups = Map.copyOf(b.materialGroups);
        this.shares = indexShares(b.shareRows);
        this.controls = List.copyOf(b.controls);
        this.importRestrictions = b.controls.stream()
                .filter(c -> c.direction() == Direction.IMPORT)
                .sorted(Comparator.comparing(ExportControl::id))
                .toList();
        this.controllingCountries = b.controls.stream()
                .filter(c -> c.direction() == Direction.EXPORT)
                .map(ExportControl::issuer)
                .collect(Collectors.toUnmodifiableSet());
        Map<String, List<ExportControl>> byMaterial = new HashMap<>();
        for (String material : materialGroups.keySet()) {
            List<ExportControl> covering = b.controls.stream()
                    .filter(c -> c.direction() == Direction.EXPORT && c.covers(material, isRareEarth(material)))
                    .sorted(Comparator.comparing(ExportControl::id))
                    .toList();
            byMaterial.put(material, covering);
        }
        this.exportControlsByMaterial = Map.copyOf(byMaterial);
        this.sources = Map.copyOf(b.sources);
        this.suppliersByExternalId = lookup(b.suppliers);
        this.partsByNumber = lookup(b.parts);
        Map<String, List<Declaration>> declarations = new HashMap<>();
        b.declarations.forEach(d -> declarations.computeIfAbsent(d.supplierExternalId(), k -> new ArrayList<>()).add(d));
        declarations.replaceAll((k, v) -> List.copyOf(v));
        this.declarationsBySupplier = lookup(declarations);
        this.declaredMaterials = b.declarations.stream().collect(Collectors.groupingBy(Declaration::supplierExternalId,
                Collectors.mapping(Declaration::material, Collectors.toUnmodifiableSet())));
    }

    /**
     * A read-only HashMap rather than Map.copyOf: serial ids (V-10041, V-10042...) have neighbouring
     * hash codes, which the linear probing of Map.copyOf's table turns into long probe runs (2-3 times
     * slower lookups of 1,000 supplier ids; two lookups per order line).
     */
    private static <K, V> Map<K, V> lookup(Map<K, V> entries) {
        return Collections.unmodifiableMap(new HashMap<>(entries));
    }

    /** The materials the supplier declared anything for (any part, stage or date). */
    public Set<String> declaredMaterials(String supplierExternalId) {
        return declaredMaterials.getOrDefault(supplierExternalId, Set.of());
    }

    /** Results that depend only on this dataset and the key, computed once (bounded). */
    @SuppressWarnings("unchecked")
    <V> V memo(Object key, Function<Object, V> compute) {
        return (V) memo.get(key, compute);
    }

    /**
     * The one instance of this list of controls: what other layers derive from a line's controls is
     * found by the list's identity, and a list merged anew for every order would never be found.
     */
    List<ExportControl> sameControls(List<ExportControl> controls) {
        return memo(controls, k -> controls);
    }

    /** A value derived from {@code key}, an object of this dataset, computed once while both live. */
    @SuppressWarnings("unchecked")
    public <V> V derived(Object key, Function<Object, V> compute) {
        return (V) derived.get(key, compute);
    }

    /** Hits, misses and evictions of the exposure memo. */
    public CacheStats memoStats() {
        return memo.stats();
    }

    public long memoSize() {
        return memo.estimatedSize();
    }

    /** Hits, misses and evictions of what other layers derived. */
    public CacheStats derivedStats() {
        return derived.stats();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding everything of this dataset, to derive a what-if variant from it. */
    public Builder toBuilder() {
        Builder b = new Builder().version(version).shares(shareRows).controls(controls);
        materialGroups.forEach(b::material);
        sources.values().forEach(b::source);
        suppliersByExternalId.values().forEach(b::supplier);
        partsByNumber.values().forEach(b::part);
        declarations.forEach(b::declaration);
        return b;
    }

    private static Map<String, Map<Stage, NavigableMap<Integer, Distribution>>> indexShares(List<ShareRow> rows) {
        Map<String, Map<Stage, Map<Integer, List<ShareRow>>>> grouped = new HashMap<>();
        for (ShareRow row : rows) {
            grouped.computeIfAbsent(row.material(), k -> new EnumMap<>(Stage.class))
                    .computeIfAbsent(row.stage(), k -> new TreeMap<>())
                    .computeIfAbsent(row.year(), k -> new ArrayList<>())
                    .add(row);
        }
        Map<String, Map<Stage, NavigableMap<Integer, Distribution>>> index = new HashMap<>();
        grouped.forEach((material, byStage) -> {
            Map<Stage, NavigableMap<Integer, Distribution>> stages = new EnumMap<>(Stage.class);
            byStage.forEach((stage, byYear) -> {
                NavigableMap<Integer, Distribution> years = new TreeMap<>();
                byYear.forEach((year, yearRows) -> {
                    Map<String, Double> countryShares = new LinkedHashMap<>();
                    yearRows.forEach(r -> countryShares.merge(r.country(), r.share(), Double::sum));
                    List<String> sourceIds = List.copyOf(new TreeSet<>(yearRows.stream().map(ShareRow::sourceId).toList()));
                    years.put(year, new Distribution(countryShares, year, sourceIds));
                });
                stages.put(stage, java.util.Collections.unmodifiableNavigableMap(years));
            });
            index.put(material, java.util.Collections.unmodifiableMap(stages));
        });
        return Map.copyOf(index);
    }

    public long version() {
        return version;
    }

    public boolean knowsMaterial(String code) {
        return materialGroups.containsKey(code);
    }

    public boolean isRareEarth(String material) {
        return RARE_EARTH_GROUPS.contains(materialGroups.get(material));
    }

    /** Global distributions of a material at a stage by year; empty when the data has none. */
    public NavigableMap<Integer, Distribution> shares(String material, Stage stage) {
        Map<Stage, NavigableMap<Integer, Distribution>> byStage = shares.get(material);
        NavigableMap<Integer, Distribution> years = byStage == null ? null : byStage.get(stage);
        return years == null ? java.util.Collections.emptyNavigableMap() : years;
    }

    /** EXPORT controls whose material list covers this material, in id order. */
    public List<ExportControl> exportControlsCovering(String material) {
        return exportControlsByMaterial.getOrDefault(material, List.of());
    }

    public List<ExportControl> controls() {
        return controls;
    }

    /** Buyer-side restrictions (IMPORT rows), in id order. */
    public List<ExportControl> importRestrictions() {
        return importRestrictions;
    }

    /** Programmes that buyer-side restrictions bind: defence procurement programmes such as US-DOD. */
    public boolean isRestrictedProgramme(String programme) {
        return importRestrictions.stream().anyMatch(r -> programme.equals(r.programme()));
    }

    /** Whether the country issued at least one EXPORT control in the data set (any material, any date). */
    public boolean isControllingCountry(String country) {
        return controllingCountries.contains(country);
    }

    public Source source(String id) {
        return sources.get(id);
    }

    public Supplier supplier(String externalId) {
        return externalId == null ? null : suppliersByExternalId.get(externalId);
    }

    public Part part(String partNumber) {
        return partNumber == null ? null : partsByNumber.get(partNumber);
    }

    public List<Declaration> declarationsOf(String supplierExternalId) {
        return declarationsBySupplier.getOrDefault(supplierExternalId, List.of());
    }

    public int materialCount() {
        return materialGroups.size();
    }

    public int supplierCount() {
        return suppliersByExternalId.size();
    }

    public int partCount() {
        return partsByNumber.size();
    }

    public int declarationCount() {
        return declarationsBySupplier.values().stream().mapToInt(List::size).sum();
    }

    public static final class Builder {
        private long version;
        private final Map<String, String> materialGroups = new HashMap<>();
        private final List<ShareRow> shareRows = new ArrayList<>();
        private final List<ExportControl> controls = new ArrayList<>();
        private final Map<String, Source> sources = new HashMap<>();
        private final Map<String, Supplier> suppliers = new HashMap<>();
        private final Map<String, Part> parts = new HashMap<>();
        private final List<Declaration> declarations = new ArrayList<>();

        public Builder version(long version) {
            this.version = version;
            return this;
        }

        public Builder material(String code, String group) {
            materialGroups.put(code, group);
            return this;
        }

        public Builder shares(Collection<ShareRow> rows) {
            shareRows.addAll(rows);
            return this;
        }

        public Builder controls(Collection<ExportControl> list) {
            controls.addAll(list);
            return this;
        }

        /** Replaces the control with the same id, or adds it. */
        public Builder control(ExportControl control) {
            controls.removeIf(c -> c.id().equals(control.id()));
            controls.add(control);
            return this;
        }

        public boolean hasControl(String id) {
            return controls.stream().anyMatch(c -> c.id().equals(id));
        }

        public ExportControl controlById(String id) {
            return controls.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
        }

        /** Replaces the distribution of one material, stage and year. */
        public Builder replaceShares(String material, Stage stage, int year, Collection<ShareRow> rows) {
            shareRows.removeIf(r -> r.material().equals(material) && r.stage() == stage && r.year() == year);
            shareRows.addAll(rows);
            return this;
        }

        public Builder source(Source source) {
            sources.put(source.id(), source);
            return this;
        }

        public Builder supplier(Supplier supplier) {
            suppliers.put(supplier.externalId(), supplier);
            return this;
        }

        public Builder part(Part part) {
            parts.put(part.partNumber(), part);
            return this;
        }

        public Builder declaration(Declaration declaration) {
            declarations.add(declaration);
            return this;
        }

        public Dataset build() {
            return new Dataset(this);
        }
    }
}
