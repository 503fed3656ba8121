package jixiao.site.page;

import jixiao.site.build.SiteWriter;
import jixiao.site.model.SiteModel;

/** A kind of page (one file or one per region, form, …): reads the model, hands pages and charts to the writer. */
public interface PageSet {
    void write(SiteModel model, SiteWriter out);
}
