package jixiao.site.model;

import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jixiao.site.build.Fingerprint;

/**
 * A region as the gold tables name it: province, city and county as far as known, and {@code region}, the
 * most precise of them. Its page name is a hash of the four, so Chinese names never reach a URL.
 */
public record Place(String province, String city, String county, String region) implements Comparable<Place> {
    public static Place of(Map<String, Object> row) {
        return new Place(str(row.get("province")), str(row.get("city")), str(row.get("county")), str(row.get("region")));
    }

    public String id() {
        return "r" + Fingerprint.of(province, city, county, region).substring(0, 10);
    }

    /** "浙江省 杭州市 西湖区", or the region label when no level is known. */
    public String path() {
        String p = Stream.of(province, city, county).filter(Objects::nonNull).collect(Collectors.joining(" "));
        return p.isEmpty() ? String.valueOf(region) : p;
    }

    @Override
    public int compareTo(Place o) {
        return path().compareTo(o.path());
    }

    static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
