package jixiao.data.generate;

import java.util.SplittableRandom;

import jixiao.data.layout.CatalogueLayout;
import jixiao.data.layout.Extras;
import jixiao.data.layout.FormPrint;
import jixiao.data.layout.FormStyle;
import jixiao.data.layout.Layout;
import jixiao.model.Form;
import jixiao.recognise.vocab.Template;

/**
 * Turns a made form into what is printed and what is true: lays it out in its template, plants the
 * form's damage at the configured rate, and keeps the truth equal to what the page shows.
 */
final class FormPrinter {
    private final double noiseRate;

    FormPrinter(double noiseRate) {
        this.noiseRate = noiseRate;
    }

    /** A form as printed: its truth, its layout, and the damage planted in it (null for none). */
    record Printed(Form truth, Layout layout, Noise noise) {
    }

    /**
     * A seed template, with the damage the generator always drew (same draws, so classic corpora keep
     * their bytes); damage to printed values now changes the truth too.
     */
    Printed seed(Form form, FormStyle style, SplittableRandom rng) {
        Layout layout = style.layout(form);
        if (noiseRate > 0 && rng.nextDouble() < noiseRate) {
            NoisePlanter.Pick pick = NoisePlanter.pick(form, Noise.SEED_KINDS, rng);
            if (pick != null) {
                if (NoisePlanter.inLayout(pick.kind())) {
                    Layout damaged = NoisePlanter.damage(layout, form.indicators().get(pick.indicator()).name(), pick.kind());
                    if (damaged != layout) return new Printed(form, damaged, pick.kind());
                } else {
                    FormDamage.Damaged d = FormDamage.apply(pick.kind(), form, null, null, Shows.of(style), pick.indicator(), rng);
                    if (d != null) return new Printed(d.form(), style.layout(d.form()), pick.kind());
                }
            }
        }
        return new Printed(form, layout, null);
    }

    /**
     * A catalogue template: the form dressed as the template's real documents are filled in, cut to
     * what the template prints, damaged at the configured rate, and laid out.
     */
    Printed catalogue(Form made, Template t, Shows shows, DepartmentPlan dept, String projectCode, SplittableRandom rng) {
        FormDresser.Dressed dressed = FormDresser.dress(made, t, shows, dept.kind().type(), dept.region().place(),
                projectCode, rng);
        Form truth = TruthShaper.shape(dressed.form(), shows);
        Extras extras = dressed.extras();
        Template printed = t;
        Noise noise = null;
        NoisePlanter.Pick layoutDamage = null;
        if (noiseRate > 0 && rng.nextDouble() < noiseRate) {
            NoisePlanter.Pick pick = NoisePlanter.pick(truth, FormDamage.formKinds(truth, t), rng);
            if (pick != null && NoisePlanter.inLayout(pick.kind())) {
                layoutDamage = pick;
            } else if (pick != null) {
                FormDamage.Damaged d = FormDamage.apply(pick.kind(), truth, extras, t, shows, pick.indicator(), rng);
                if (d != null) {
                    truth = d.form();
                    extras = d.extras();
                    printed = d.template();
                    noise = pick.kind();
                }
            }
        }
        Layout layout = CatalogueLayout.of(new FormPrint(truth, printed, extras));
        if (layoutDamage != null) {
            Layout damaged = NoisePlanter.damage(layout, truth.indicators().get(layoutDamage.indicator()).name(), layoutDamage.kind());
            if (damaged != layout) {
                layout = damaged;
                noise = layoutDamage.kind();
            }
        }
        return new Printed(truth, layout, noise);
    }
}
