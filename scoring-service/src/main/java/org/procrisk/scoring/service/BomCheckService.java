package org.procrisk.scoring.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamException;

import jakarta.enterprise.context.ApplicationScoped;

import org.cyclonedx.model.Bom;

import org.procrisk.scoring.bom.AssembledBom;
import org.procrisk.scoring.bom.BomAssembler;
import org.procrisk.scoring.bom.BomCheck;
import org.procrisk.scoring.bom.BomCheckSettings;
import org.procrisk.scoring.bom.BomFormat;
import org.procrisk.scoring.bom.BomLine;
import org.procrisk.scoring.bom.BomProblems;
import org.procrisk.scoring.bom.BomRow;
import org.procrisk.scoring.bom.ComponentReport;
import org.procrisk.scoring.bom.CsvBomReader;
import org.procrisk.scoring.bom.CycloneDxBomReader;
import org.procrisk.scoring.bom.CycloneDxDocument;
import org.procrisk.scoring.bom.Ipc1752BomReader;
import org.procrisk.scoring.bom.LimitedInputStream;
import org.procrisk.scoring.bom.XmlInputs;
import org.procrisk.scoring.config.BomCheckConfig;
import org.procrisk.scoring.method.Dataset;
import org.procrisk.scoring.method.EndUse;
import org.procrisk.scoring.method.Order;
import org.procrisk.scoring.method.OrderExposure;
import org.procrisk.scoring.policy.PolicyEvaluator;
import org.procrisk.scoring.policy.PolicyResult;
import org.procrisk.scoring.snapshot.LoadedData;

/**
 * Checks a bill of materials against a policy: read the format, merge rows into lines, score them with
 * method v1 (equal weights unless priced), apply the policy. Reads everything before answering, so a
 * bad row anywhere gives a 4xx and no partial verdict.
 */
@ApplicationScoped
public class BomCheckService {

    private static final String UNPRICED_CURRENCY = "XXX";

    private final ScoringService scoring;
    private final BomCheckConfig config;

    public BomCheckService(ScoringService scoring, BomCheckConfig config) {
        this.scoring = scoring;
        this.config = config;
    }

    /** The body, refused with a 413 problem past the configured size. */
    public InputStream limited(InputStream body) {
        return new LimitedInputStream(body, config.maxBytes());
    }

    /** How many rows a BOM may have: ten per line at most. */
    public int maxRows() {
        return config.maxLines() * 10;
    }

    /** Reads a CSV, CycloneDX or IPC-1752A bill of materials from {@code in} and checks it. */
    public BomCheck check(InputStream in, BomFormat format, BomCheckSettings settings, LoadedData data) throws IOException {
        try {
            Integer untracked = null;
            ComponentReport report = null;
            List<BomRow> rows;
            byte[] xml = format == BomFormat.IPC_1752A_XML || format == BomFormat.CYCLONEDX_XML ? in.readAllBytes() : null;
            if (format == BomFormat.IPC_1752A_XML && CycloneDxDocument.isCycloneDxXml(xml)) {
                format = BomFormat.CYCLONEDX_XML;
            }
            switch (format) {
                case CSV -> rows = new CsvBomReader(utf8(in), maxRows()).read();
                case CYCLONEDX_JSON, CYCLONEDX_XML -> {
                    Bom bom = format == BomFormat.CYCLONEDX_JSON ? CycloneDxDocument.json(in.readAllBytes())
                            : CycloneDxDocument.xml(xml);
                    Dataset dataset = data.dataset();
                    CycloneDxBomReader reader = new CycloneDxBomReader(maxRows(), partNumber -> dataset.part(partNumber) != null);
                    rows = reader.read(bom);
                    report = reader.report();
                }
                case IPC_1752A_XML -> {
                    Ipc1752BomReader reader = new Ipc1752BomReader(maxRows());
                    rows = reader.read(new ByteArrayInputStream(xml));
                    untracked = reader.untrackedSubstances();
                }
                default -> throw new IllegalArgumentException("a JSON BOM document is read by its resource");
            }
            return check(rows, format, settings, data, untracked, report);
        } catch (CharacterCodingException e) {
            throw BomProblems.malformed("document", "is not valid UTF-8");
        } catch (XMLStreamException e) {
            LimitedInputStream.LimitExceeded tooLarge = LimitedInputStream.find(e);
            if (tooLarge != null) {
                throw BomProblems.tooLarge(tooLarge.getMessage());
            }
            throw XmlInputs.notWellFormed(e);
        } catch (IOException e) {
            throw BomProblems.tooLargeOr(e);
        }
    }

    /** Checks the rows of a procrisk JSON BOM document. */
    public BomCheck check(List<BomRow> rows, BomCheckSettings settings, LoadedData data) {
        return check(rows, BomFormat.JSON, settings, data, null, null);
    }

    private BomCheck check(List<BomRow> rows, BomFormat format, BomCheckSettings settings, LoadedData data, Integer untracked,
                           ComponentReport report) {
        Dataset dataset = data.dataset();
        boolean emptyDeclaration = rows.isEmpty() && format == BomFormat.IPC_1752A_XML;
        AssembledBom bom = emptyDeclaration ? new AssembledBom(List.of(), List.of(), false, 0)
                : new BomAssembler(dataset, settings.policy().ignoreMaterials(), config.maxLines()).assemble(rows);
        if (bom.priced() && settings.currency() == null) {
            throw BomProblems.malformed("currency", "is required when the BOM has unit prices");
        }
        Order order = order(bom, settings, dataset);
        OrderExposure exposure = scoring.score(order, dataset);
        PolicyResult result = PolicyEvaluator.evaluate(exposure, bom.unknownMaterials(), settings.policy());
        return new BomCheck(bom, exposure, result, settings, format, untracked, report);
    }

    private static Order order(AssembledBom bom, BomCheckSettings settings, Dataset data) {
        List<Order.Line> lines = new ArrayList<>(bom.lines().size());
        for (BomLine l : bom.lines()) {
            BigDecimal quantity = bom.priced() ? l.quantity() : BigDecimal.ONE;
            BigDecimal price = bom.priced() ? l.unitPrice() : BigDecimal.ONE;
            lines.add(new Order.Line(l.lineNumber(), l.partNumber(), l.composition(), l.supplierId(), quantity, price));
        }
        EndUse endUse = settings.endUse() != null ? settings.endUse()
                : settings.programmes().stream().anyMatch(data::isRestrictedProgramme) ? EndUse.MILITARY : EndUse.CIVIL;
        String currency = bom.priced() ? settings.currency() : UNPRICED_CURRENCY;
        return new Order("BOM", settings.buyerCountry(), currency, settings.asOf(), endUse, Set.copyOf(settings.programmes()),
                lines);
    }

    private static Reader utf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }
}
