package jixiao.model;

/** Where a form comes from; a level nothing names is null. */
public record Region(String province, String city, String county) {
    public static final Region UNKNOWN = new Region(null, null, null);
}
