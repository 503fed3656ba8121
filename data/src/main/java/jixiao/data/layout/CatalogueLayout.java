package jixiao.data.layout;

/**
 * Lays a form out in a template of the catalogue ({@code templates.json}): title, labels, budget and
 * indicator headings come from the template's entries, arranged as the real documents in its
 * {@code seen} list show them. Templates that share the Ministry of Finance arrangement (labels,
 * budget block, goals, indicator table, total) go through {@link StandardLayout} with their
 * {@link Arrangement}; the others have their own class.
 */
public final class CatalogueLayout {
    private CatalogueLayout() {
    }

    public static Layout of(FormPrint p) {
        return switch (p.template().id()) {
            case "sichuan-district" -> CatalogueDistrictLayout.of(p);
            case "scoring-sheet" -> ScoringSheetLayout.of(p);
            case "suzhou" -> SuzhouLayout.of(p);
            case "central-transfer-weighted" -> RegionalTransferLayout.of(p);
            default -> new StandardLayout(p, Arrangement.of(p.template().id())).build();
        };
    }
}
