package jixiao.read;

/**
 * What a file given to a Word reader really holds, told by its first bytes rather than its name:
 * published .doc files are often .docx, RTF or HTML saves, and .docx files are sometimes .doc.
 */
enum WordContent {
    DOCX("a Word 2007+ document (.docx)"),
    DOC("a Word 97-2003 document (.doc)"),
    ENCRYPTED_OOXML("a password-protected Office document"),
    OTHER_OLE2("an Office file of another kind (an OLE2 container with no WordDocument stream)"),
    WORD6("a Word 6.0/95 or older document"),
    RTF("an RTF document"),
    HTML("an HTML page (Word's 'save as web page')"),
    MHTML("an MHTML web archive"),
    XML("an XML file (such as Word 2003 XML)"),
    PDF("a PDF"),
    EMPTY("an empty file"),
    UNKNOWN("not a Word document");

    private final String description;

    WordContent(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }
}
