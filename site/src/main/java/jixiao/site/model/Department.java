package jixiao.site.model;

import jixiao.site.build.Fingerprint;

/** A department of a region: the same name in two counties is two departments. */
public record Department(Place place, String name, String type) implements Comparable<Department> {
    public String id() {
        return "d" + Fingerprint.of(place.id(), name).substring(0, 10);
    }

    @Override
    public int compareTo(Department o) {
        int c = place.compareTo(o.place);
        return c != 0 ? c : String.valueOf(name).compareTo(String.valueOf(o.name));
    }
}
