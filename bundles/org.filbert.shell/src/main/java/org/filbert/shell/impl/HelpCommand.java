package org.filbert.shell.impl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.filbert.api.shell.CommandHelp;
import org.filbert.api.shell.Report;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * {@code filbert:help [COMMAND]}: lists every command registered in scope {@code filbert},
 * by any bundle, with its usage and summary, read from the services' properties at the
 * moment of asking (so commands of bundles installed later show up). Thread-safe.
 */
@Component(service = HelpCommand.class, property = {
        "osgi.command.scope=" + CommandHelp.SCOPE, "osgi.command.function=help",
        CommandHelp.USAGE + "=help [COMMAND]", CommandHelp.SUMMARY + "=List Filbert's commands, or describe one."})
public final class HelpCommand {

    /** One command as help shows it. */
    record Entry(String function, String usage, String summary) {
    }

    private final BundleContext context;

    @Activate
    public HelpCommand(BundleContext context) {
        this.context = context;
    }

    public Report help(String... args) throws InvalidSyntaxException {
        Arguments.atMost(args, 1, "help [COMMAND]");
        List<Entry> entries = entries();
        Report.Builder report = Report.builder();
        for (Entry e : entries) {
            if (args.length == 0 || e.function().equals(args[0])) {
                report.put(e.usage(), e.summary());
            }
        }
        Report result = report.build();
        if (result.entries().isEmpty() && args.length == 1) {
            throw new IllegalArgumentException("no command '" + args[0] + "' in scope filbert; 'help' lists them");
        }
        return result;
    }

    List<Entry> entries() throws InvalidSyntaxException {
        List<Entry> entries = new ArrayList<>();
        ServiceReference<?>[] refs = context.getServiceReferences((String) null, "(osgi.command.scope=" + CommandHelp.SCOPE + ")");
        for (ServiceReference<?> ref : refs == null ? new ServiceReference<?>[0] : refs) {
            String[] functions = strings(ref.getProperty("osgi.command.function"));
            String[] usages = strings(ref.getProperty(CommandHelp.USAGE));
            String[] summaries = strings(ref.getProperty(CommandHelp.SUMMARY));
            for (int i = 0; i < functions.length; i++) {
                entries.add(new Entry(functions[i],
                        i < usages.length ? usages[i] : functions[i],
                        i < summaries.length ? summaries[i] : ""));
            }
        }
        entries.sort(Comparator.comparing(Entry::function));
        return entries;
    }

    private static String[] strings(Object property) {
        if (property instanceof String[] array) {
            return array;
        }
        return property == null ? new String[0] : new String[] {property.toString()};
    }
}
