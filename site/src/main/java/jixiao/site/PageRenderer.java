package jixiao.site;

import java.util.Locale;
import java.util.Map;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Thymeleaf without Spring: one template per page under {@code templates/} on the class path. */
final class PageRenderer {
    private final TemplateEngine engine = new TemplateEngine();

    PageRenderer() {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver(PageRenderer.class.getClassLoader());
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setTemplateMode(TemplateMode.HTML);
        templates.setCharacterEncoding("UTF-8");
        engine.setTemplateResolver(templates);
    }

    String render(String template, Map<String, Object> variables) {
        return engine.process(template, new Context(Locale.SIMPLIFIED_CHINESE, variables));
    }
}
