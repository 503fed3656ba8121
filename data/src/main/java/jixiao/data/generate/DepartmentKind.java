package jixiao.data.generate;

import java.util.List;

/**
 * A kind of county department: its type (for comparisons), how its name is printed ({county} is the
 * county's name with its city before it), and the kinds of project it runs.
 */
record DepartmentKind(String type, String namePattern, List<String> projectKinds) {
    String name(String cityAndCounty, String county) {
        return namePattern.replace("{place}", cityAndCounty).replace("{county}", county);
    }
}
