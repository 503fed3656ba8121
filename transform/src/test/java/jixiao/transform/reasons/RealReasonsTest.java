package jixiao.transform.reasons;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The taxonomy's recall on every reason for lost points printed in the seeds and the real excerpts
 * (as printed, with where each comes from), each put in its category by hand.
 */
class RealReasonsTest {
    private record Labelled(String source, String reason, ReasonCategory category) {
    }

    private static final List<Labelled> REASONS = List.of(
            new Labelled("seeds/000", "据实支付", ReasonCategory.NO_EXPLANATION),
            new Labelled("seeds/001 实现一窗受理窗口数量", "根据大厅运转实际情况进行实时调整,在后续工作中也会根据实际工作进行一窗受理窗口的增加或减少。",
                    ReasonCategory.OTHER),
            new Labelled("seeds/001 工装制作总费用", "因财政资金紧张,项目已开展但未进行资金支付,下一步将积极对接财政部门,加大资金申请力度,尽快进行支付。",
                    ReasonCategory.FUNDS_SHORT),
            new Labelled("seeds/001 制作工装数量", "因存在人员离职、部分入驻单位自费制作工装等,导致工装制作数量低于指标值,下一步将严格绩效目标编制,防止误差较大。",
                    ReasonCategory.STAFFING),
            new Labelled("seeds/001 等待时间", "存在个别时间段业务量较为集中时,印章刻制量大,等待时间较长。下一步在业务量较多时两家供应商进行合理分配,提高刻章效率,缩短业户等待时间。",
                    ReasonCategory.DEMAND_ABOVE_CAPACITY),
            new Labelled("seeds/001 印刷数量", "实际情况,因资金紧张,印刷数量较预期有所减少。下一步加大资金争取力度,保障业务科室印刷证照需求。",
                    ReasonCategory.FUNDS_SHORT),
            new Labelled("seeds/001 分项成本", "分项成本在实际支付分配中有所变动,严格按照合同规定付款节点进行支付。", ReasonCategory.OTHER),
            new Labelled("seeds/001 维保设备数量", "在实际运维过程中,为便于维修维护,将设备细化,同类设施量化,便于管理,导致数量较多,今后在设置指标时更加严谨、贴合实际。",
                    ReasonCategory.TARGET_SET_BADLY),
            new Labelled("real/002 (Shanghai 松江)", "管理不够到位", ReasonCategory.OTHER),
            new Labelled("real/002 (Shanghai 松江)", "受进度影响拖延", ReasonCategory.DELAY_CROSS_YEAR),
            new Labelled("real/002 (Shanghai 松江)", "文明宣传施工不够到位", ReasonCategory.OTHER),
            new Labelled("real/002 (Shanghai 松江)", "宣传指导不到位", ReasonCategory.OTHER),
            new Labelled("real/002 (Shanghai 松江)", "管理制度不够完善", ReasonCategory.OTHER),
            new Labelled("real/007 (Sichuan 民政)", "动态管理人员减少", ReasonCategory.FEWER_BENEFICIARIES),
            new Labelled("real/030 (民政)", "特困人员实行动态管理", ReasonCategory.FEWER_BENEFICIARIES));

    @Test
    void recallOnPrintedReasons() {
        List<String> wrong = new ArrayList<>();
        for (Labelled l : REASONS) {
            ReasonCategory got = ReasonClassifier.classify(l.reason());
            if (got != l.category()) wrong.add(l.source() + ": " + l.reason() + " → " + got + ", labelled " + l.category());
        }
        double recall = 1 - (double) wrong.size() / REASONS.size();
        System.out.printf("reason taxonomy on %d printed reasons: %.2f agree with the hand labels%n", REASONS.size(), recall);
        wrong.forEach(System.out::println);
        assertTrue(recall >= 0.9, wrong.toString());
    }
}
