package org.procrisk.scoring.mapping;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.procrisk.common.problem.Problem;
import org.procrisk.common.problem.ProblemException;
import org.procrisk.scoring.api.ScoreRequest;
import org.procrisk.scoring.method.Component;
import org.procrisk.scoring.method.Dataset;
import org.procrisk.scoring.method.EndUse;
import org.procrisk.scoring.method.Form;
import org.procrisk.scoring.method.Order;

/**
 * Checks what Bean Validation cannot (codes, and the rules that need the dataset) and builds the
 * method's {@link Order}. Such errors are 422: the request is well-formed but cannot be scored as sent.
 */
public final class OrderMapper {

    private static final Set<String> COUNTRIES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

    private OrderMapper() {
    }

    public static Order toOrder(ScoreRequest request, Dataset data) {
        List<Problem.FieldError> errors = new ArrayList<>();
        check(request, data, "", errors);
        if (!errors.isEmpty()) {
            throw unprocessable(errors);
        }
        return build(request, data);
    }

    /** Many orders, each checked with its position in the field names ({@code orders[2].currency}). */
    public static List<Order> toOrders(List<ScoreRequest> requests, Dataset data) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            check(requests.get(i), data, "orders[" + i + "].", errors);
        }
        if (!errors.isEmpty()) {
            throw unprocessable(errors);
        }
        return requests.stream().map(r -> build(r, data)).toList();
    }

    /** Adds every problem of the request to {@code errors}, fields prefixed with {@code prefix}. */
    public static void check(ScoreRequest request, Dataset data, String prefix, List<Problem.FieldError> errors) {
        if (!COUNTRIES.contains(request.buyerCountry())) {
            errors.add(new Problem.FieldError(prefix + "buyerCountry", "is not an ISO 3166-1 alpha-2 country code"));
        }
        if (!isCurrency(request.currency())) {
            errors.add(new Problem.FieldError(prefix + "currency", "is not an ISO 4217 currency code"));
        }
        // the set that names each repeated line number is built only when a number repeats
        Set<Integer> lineNumbers = repeatsLineNumber(request.lines()) ? new HashSet<>() : null;
        for (int i = 0; i < request.lines().size(); i++) {
            ScoreRequest.Line line = request.lines().get(i);
            // field names are built only for errors: this runs for every line of every order
            if (lineNumbers != null && line.lineNumber() != null && !lineNumbers.add(line.lineNumber())) {
                errors.add(new Problem.FieldError(at(prefix, i) + "lineNumber", "line number " + line.lineNumber() + " is used twice"));
            }
            boolean hasPart = line.partNumber() != null && !line.partNumber().isBlank();
            boolean hasComposition = line.composition() != null;
            if (hasPart == hasComposition) {
                errors.add(new Problem.FieldError(at(prefix, i) + "partNumber", hasPart
                        ? "give either partNumber or composition, not both"
                        : "give a partNumber or a composition"));
            }
            if (hasComposition) {
                Set<String> materials = new HashSet<>();
                for (int j = 0; j < line.composition().size(); j++) {
                    String material = line.composition().get(j).material();
                    if (!data.knowsMaterial(material)) {
                        errors.add(new Problem.FieldError(at(prefix, i) + "composition[" + j + "].material",
                                "unknown material code '" + material + "'"));
                    } else if (!materials.add(material)) {
                        errors.add(new Problem.FieldError(at(prefix, i) + "composition[" + j + "].material",
                                "material '" + material + "' is listed twice"));
                    }
                }
                if (line.composition().isEmpty()) {
                    errors.add(new Problem.FieldError(at(prefix, i) + "composition", "must not be empty"));
                }
            }
        }
    }

    private static boolean repeatsLineNumber(List<ScoreRequest.Line> lines) {
        int[] numbers = new int[lines.size()];
        int count = 0;
        for (int i = 0; i < lines.size(); i++) {
            Integer number = lines.get(i).lineNumber();
            if (number != null) {
                numbers[count++] = number;
            }
        }
        Arrays.sort(numbers, 0, count);
        for (int i = 1; i < count; i++) {
            if (numbers[i] == numbers[i - 1]) {
                return true;
            }
        }
        return false;
    }

    private static String at(String prefix, int line) {
        return prefix + "lines[" + line + "].";
    }

    public static Order build(ScoreRequest r, Dataset data) {
        List<Order.Line> lines = new ArrayList<>(r.lines().size());
        for (ScoreRequest.Line l : r.lines()) {
            List<Component> composition = l.composition() == null ? null : l.composition().stream()
                    .map(c -> new Component(c.material(), Form.valueOf(c.form().name()), c.massKgPerUnit().doubleValue()))
                    .toList();
            lines.add(new Order.Line(l.lineNumber(), l.partNumber(), composition, l.supplierId(), l.quantity(), l.unitPrice()));
        }
        EndUse endUse = r.endUse() != null ? EndUse.valueOf(r.endUse().name()) : defaultEndUse(r, data);
        LocalDate asOf = r.asOf() == null ? LocalDate.now(ZoneOffset.UTC) : r.asOf();
        return new Order(r.poNumber(), r.buyerCountry(), r.currency(), asOf, endUse,
                r.programmes() == null ? Set.of() : Set.copyOf(r.programmes()), lines);
    }

    /** An order for a defence programme is MILITARY end use unless it says otherwise. */
    private static EndUse defaultEndUse(ScoreRequest r, Dataset data) {
        boolean defence = r.programmes() != null && r.programmes().stream().anyMatch(data::isRestrictedProgramme);
        return defence ? EndUse.MILITARY : EndUse.CIVIL;
    }

    public static ProblemException unprocessable(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1
                ? "Field '" + errors.get(0).field() + "' cannot be scored: " + errors.get(0).message()
                : errors.size() + " fields cannot be scored as sent";
        return new ProblemException(422, detail, errors);
    }

    public static boolean isCountry(String code) {
        return code != null && COUNTRIES.contains(code);
    }

    private static boolean isUpperAscii(String code) {
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) < 'A' || code.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }

    public static boolean isCurrency(String code) {
        if (code == null || code.length() != 3 || !isUpperAscii(code)) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
