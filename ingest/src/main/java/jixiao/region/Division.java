package jixiao.region;

import jixiao.model.Region;

/**
 * One row of the GB/T 2260 gazetteer. Levels a division does not have are null: a province row has
 * only {@code province}; a municipality's district and a province-administered county-level city
 * have a null {@code city}, because the placeholders ("市辖区", "省直辖县级行政区划") are not names.
 */
public record Division(String code, String province, String city, String county) {

    public boolean isProvince() {
        return city == null && county == null;
    }

    public boolean isCity() {
        return city != null && county == null;
    }

    public boolean isCounty() {
        return county != null;
    }

    /** The division's own name (the most specific level it has). */
    public String name() {
        if (county != null) return county;
        if (city != null) return city;
        return province;
    }

    /** True if this division is {@code other} or lies inside it. */
    public boolean within(Division other) {
        if (other.isCounty()) return code.equals(other.code);
        if (!province.equals(other.province)) return false;
        return other.isProvince() || other.city.equals(city);
    }

    public Region toRegion() {
        return new Region(province, city, county);
    }
}
