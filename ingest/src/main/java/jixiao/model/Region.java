package jixiao.model;

/** Where a form comes from; a level nothing names is null. */
public record Region(String province, String city, String county) {
    public static final Region UNKNOWN = new Region(null, null, null);

    /** The most specific name known, for labels ("金口河区", else the city, else the province). */
    public String label() {
        if (county != null) return county;
        if (city != null) return city;
        return province;
    }
}
