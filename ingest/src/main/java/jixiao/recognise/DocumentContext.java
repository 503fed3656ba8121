package jixiao.recognise;

/**
 * What a document says outside its forms that its forms inherit: the year of the latest title
 * that named one, and the department a summary or cover line named.
 */
final class DocumentContext {
    Integer year;
    String department;
}
