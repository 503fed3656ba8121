package jixiao.region;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import jixiao.model.Region;
import org.junit.jupiter.api.Test;

class RegionResolverTest {

    private static final String ANJU_CODE = "51090423T000007848282";

    private final RegionResolver resolver = new RegionResolver(Gazetteer.load());

    private Region names(String... names) {
        return resolver.resolve(null, List.of(names));
    }

    @Test
    void countyAfterCity() {
        assertEquals(new Region("四川省", "乐山市", "金口河区"), names("乐山市金口河区行政审批局"));
        assertEquals(new Region("山东省", "淄博市", "张店区"), names("淄博市张店区行政审批服务局"));
    }

    @Test
    void traditionalCharactersNameTheSameCounty() {
        // real excerpt 011: a converter printed 岳陽縣 for 岳阳县
        assertEquals(new Region("湖南省", "岳阳市", "岳阳县"), names("岳陽縣交通運輸局"));
    }

    @Test
    void codeGivesTheCounty() {
        Region anju = new Region("四川省", "遂宁市", "安居区");
        assertEquals(anju, resolver.resolve(ANJU_CODE, List.of("遂宁市安居区行政审批局部门")));
        assertEquals(anju, names("遂宁市安居区行政审批局部门"));
        assertEquals(anju, resolver.resolve(ANJU_CODE, null));
    }

    @Test
    void codeOutranksMisprintedName() {
        assertEquals(new Region("四川省", "遂宁市", "安居区"),
                resolver.resolve(ANJU_CODE, List.of("乐山市金口河区行政审批局")));
    }

    @Test
    void provinceCodeLetsNamesInsideItFillTheRest() {
        assertEquals(new Region("四川省", "乐山市", "金口河区"),
                resolver.resolve("51000023T000007848282", List.of("乐山市金口河区行政审批局")));
        // Names outside the coded province are not used.
        assertEquals(new Region("山东省", null, null),
                resolver.resolve("37000023T000007848282", List.of("乐山市金口河区行政审批局")));
    }

    @Test
    void cityCodeLetsNamesInsideItFillTheCounty() {
        assertEquals(new Region("四川省", "乐山市", "金口河区"),
                resolver.resolve("51110023T000007848282", List.of("金口河区财政局")));
        assertEquals(new Region("四川省", "乐山市", null),
                resolver.resolve("51110023T000007848282", List.of("朝阳区财政局")));
    }

    @Test
    void unknownCodeFallsBackToNames() {
        assertEquals(new Region("四川省", "乐山市", "金口河区"),
                resolver.resolve("99999923T000007848282", List.of("乐山市金口河区行政审批局")));
        assertEquals(new Region("四川省", "乐山市", "金口河区"),
                resolver.resolve("T0001", List.of("乐山市金口河区行政审批局")));
    }

    @Test
    void ambiguousCountyIsLeftNull() {
        assertEquals(Region.UNKNOWN, names("鼓楼区财政局"));
        assertEquals(Region.UNKNOWN, names("朝阳区教育委员会"));
        assertEquals(new Region("江苏省", null, null), names("江苏省鼓楼区财政局"));
        assertEquals(new Region("江苏省", "南京市", "鼓楼区"), names("南京市鼓楼区财政局"));
    }

    @Test
    void municipalityHasNoCity() {
        assertEquals(new Region("北京市", null, "朝阳区"), names("北京市朝阳区教育委员会"));
        assertEquals(new Region("北京市", null, "朝阳区"), names("北京朝阳区教育委员会"));
        assertEquals(new Region("重庆市", null, "忠县"), names("重庆市忠县财政局"));
        assertEquals(new Region("上海市", null, "浦东新区"), names("上海市浦东新区财政局"));
        assertEquals(new Region("北京市", null, null), names("北京市财政局"));
    }

    @Test
    void cityOrProvinceAlone() {
        assertEquals(new Region("四川省", "乐山市", null), names("乐山市财政局"));
        assertEquals(new Region("四川省", null, null), names("四川省财政厅"));
        assertEquals(new Region("湖北省", null, "仙桃市"), names("仙桃市财政局"));
    }

    @Test
    void provinceWithoutSuffixOnlyBeforeADivisionInIt() {
        assertEquals(new Region("四川省", "乐山市", "金口河区"), names("四川乐山市金口河区人民医院"));
        assertEquals(new Region("广西壮族自治区", "南宁市", null), names("广西南宁市财政局"));
        assertEquals(Region.UNKNOWN, names("四川大学"));
        assertEquals(Region.UNKNOWN, names("上海路小学"));
    }

    @Test
    void combinesDepartmentAndUnitNames() {
        assertEquals(new Region("四川省", "乐山市", "金口河区"), names("乐山市财政局", "金口河区财政局"));
        assertEquals(new Region("江苏省", "扬州市", "宝应县"), names("中共宝应县委员会办公室"));
        assertEquals(new Region("四川省", "乐山市", "金口河区"), names("国家税务总局乐山市金口河区税务局"));
    }

    @Test
    void doesNotMatchInsideOrdinaryWords() {
        assertEquals(Region.UNKNOWN, names("城区覆盖率提升项目办公室"));
        assertEquals(Region.UNKNOWN, names("东方市场管理处"));
        assertEquals(Region.UNKNOWN, names("老城区改造指挥部"));
        assertEquals(new Region("山西省", "阳泉市", "矿区"), names("阳泉市矿区财政局"));
        assertEquals(new Region("北京市", null, "西城区"), names("西城区教育委员会"));
    }

    @Test
    void normalisesWidthAndSpaces() {
        assertEquals(new Region("四川省", "乐山市", "金口河区"), names("乐山市　金口河区　财政局"));
        assertEquals(new Region("四川省", "遂宁市", "安居区"), resolver.resolve("５１０９０４２３Ｔ", List.of()));
    }

    @Test
    void nullAndBlankInputsGiveUnknown() {
        assertEquals(Region.UNKNOWN, resolver.resolve(null, null));
        assertEquals(Region.UNKNOWN, resolver.resolve("  ", List.of()));
        assertEquals(Region.UNKNOWN, resolver.resolve("", Arrays.asList(null, " ", "")));
    }
}
