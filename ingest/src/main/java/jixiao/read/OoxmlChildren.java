package jixiao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * The children of a WordprocessingML element in document order, looking through the wrappers that
 * content controls and custom XML put around paragraphs, tables, rows and cells. POI's own lists
 * (getBodyElements, getRows, getTableCells) skip what such wrappers hold, and a row or cell skipped
 * would shift every column after it.
 */
final class OoxmlChildren {
    private static final Set<String> WRAPPERS = Set.of("sdt", "sdtContent", "customXml");

    private OoxmlChildren() {
    }

    static List<XmlObject> of(XmlObject parent, Class<?>... kinds) {
        List<XmlObject> out = new ArrayList<>();
        collect(parent, kinds, out);
        return out;
    }

    private static void collect(XmlObject parent, Class<?>[] kinds, List<XmlObject> out) {
        try (XmlCursor c = parent.newCursor()) {
            if (!c.toFirstChild()) return;
            do {
                XmlObject o = c.getObject();
                if (isAny(o, kinds)) out.add(o);
                else if (WRAPPERS.contains(c.getName().getLocalPart())) collect(o, kinds, out);
            } while (c.toNextSibling());
        }
    }

    private static boolean isAny(XmlObject o, Class<?>[] kinds) {
        for (Class<?> k : kinds) if (k.isInstance(o)) return true;
        return false;
    }
}
