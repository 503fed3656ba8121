package jixiao.data.render;

/**
 * A government site's page around a published form (real 007, 036): the site name, the breadcrumb,
 * the article's title, time and source, its index number and the metadata digest some sites print;
 * below the form, the share and app links.
 */
final class SiteChrome {
    private SiteChrome() {
    }

    static String header(Page.Chrome c) {
        if (c == null) return "搜索\n首页 > 政务公开 > 财政信息\n\n";
        String id = Integer.toHexString(c.index().hashCode()) + Integer.toHexString(c.title().hashCode());
        return c.site() + "\n搜索\n首页 > 政务公开 > 财政信息 > 绩效评价\n\n" + c.title() + "\n\n"
                + c.date() + " 10:30| 发布者: " + c.publisher() + "| 查看: 160| 评论: 0|来自: " + c.publisher() + "\n\n"
                + "索引号\n" + c.index() + "\n发布机构\n" + c.publisher() + "\n成文日期\n" + c.date() + "\n\n"
                + "摘要: {\"原始ID\":\"" + id + "\",\"发布时间\":\"" + c.date() + "\",\"发布者\":\"" + c.publisher()
                + "\",\"附件\":[]}\n\n";
    }

    static String footer() {
        return "qrcode\n手机扫码,畅快体验!\n联系客服 关注微信 下载APP 返回顶部\n";
    }
}
