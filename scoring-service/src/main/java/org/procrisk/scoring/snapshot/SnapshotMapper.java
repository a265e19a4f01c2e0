package org.procrisk.scoring.snapshot;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import org.procrisk.scoring.client.SnapshotPayload;
import org.procrisk.scoring.method.Component;
import org.procrisk.scoring.method.Dataset;
import org.procrisk.scoring.method.Declaration;
import org.procrisk.scoring.method.Direction;
import org.procrisk.scoring.method.ExportControl;
import org.procrisk.scoring.method.Form;
import org.procrisk.scoring.method.Measure;
import org.procrisk.scoring.method.Part;
import org.procrisk.scoring.method.ShareRow;
import org.procrisk.scoring.method.Source;
import org.procrisk.scoring.method.Stage;
import org.procrisk.scoring.method.Supplier;

/** Turns the registry's snapshot into the indexed {@link Dataset} the method scores against. */
public final class SnapshotMapper {

    private SnapshotMapper() {
    }

    public static Dataset toDataset(SnapshotPayload s) {
        Dataset.Builder b = Dataset.builder().version(s.datasetVersion());
        s.materials().forEach(m -> b.material(m.code(), m.group()));
        b.shares(s.countryShares().stream().map(r -> new ShareRow(r.material(), Stage.valueOf(r.stage()), r.country(),
                r.share(), r.year(), r.sourceId(), r.basis())).toList());
        b.controls(s.exportControls().stream().map(SnapshotMapper::control).toList());
        s.sources().forEach(src -> b.source(new Source(src.id(), src.publisher(), src.title(), src.year(), src.url())));
        s.suppliers().forEach(x -> b.supplier(new Supplier(x.id(), x.externalId(), x.name(), x.country())));
        s.parts().forEach(p -> b.part(new Part(p.partNumber(), p.composition().stream()
                .map(c -> new Component(c.material(), Form.valueOf(c.form()), c.massKgPerUnit()))
                .toList())));
        s.declarations().forEach(d -> b.declaration(new Declaration(d.id(), d.supplier(), d.partNumber(), d.material(),
                Stage.valueOf(d.stage()), d.shares(), d.validFrom(), d.validTo(), null)));
        return b.build();
    }

    public static ExportControl control(SnapshotPayload.ControlRow c) {
        Set<Form> forms = EnumSet.noneOf(Form.class);
        c.forms().forEach(f -> forms.add(Form.valueOf(f)));
        Set<String> targets = c.targetCountries().contains("ALL") ? Set.of() : new HashSet<>(c.targetCountries());
        return new ExportControl(c.id(), c.issuer(), c.title(), Measure.valueOf(c.measure()),
                Direction.valueOf(c.direction()), new HashSet<>(c.materials()), forms, targets,
                "MILITARY".equals(c.endUse()), c.programme(), c.announced(), c.effectiveFrom(), c.suspendedFrom(),
                c.suspendedUntil(), c.ended(), c.sourceId());
    }


}
