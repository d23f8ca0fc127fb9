package tr.gov.acikkapi.casecore.infrastructure.persistence;

import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * The migrations as MariaDB Galera takes them. Galera refuses a sequence that caches values unless it counts
 * {@code INCREMENT BY 0} ("CACHE without INCREMENT BY 0 in Galera cluster", error 1235), which makes each node hand
 * out values by the cluster's {@code auto_increment_increment} and {@code auto_increment_offset} so that no two nodes
 * give the same one. {@code V4} creates {@code tracking_serial} with {@code INCREMENT BY 1 CACHE 20}; on Galera the
 * migrations are read through this provider, which writes {@code INCREMENT BY 0} instead. Tracking numbers stay unique
 * and increasing per node; they are never max+1 anyway.
 *
 * <p>The text Flyway checksums is the rewritten one, the same on every start against Galera. A database moved between
 * a single MariaDB and Galera keeps the checksum it was migrated with, so that move is made by dump and reload
 * (docs/src/cluster.md).
 */
final class GaleraSequences implements ResourceProvider {

    private static final Pattern SEQUENCE_INCREMENT = Pattern.compile(
            "(CREATE\\s+SEQUENCE\\b[^;]*?\\bINCREMENT\\s+BY\\s+)\\d+", Pattern.CASE_INSENSITIVE);

    private final ResourceProvider migrations;

    GaleraSequences(ResourceProvider migrations) {
        this.migrations = migrations;
    }

    /** {@code sql} with every sequence it creates counting {@code INCREMENT BY 0}. */
    static String forGalera(String sql) {
        return SEQUENCE_INCREMENT.matcher(sql).replaceAll("$10");
    }

    @Override
    public LoadableResource getResource(String name) {
        LoadableResource resource = migrations.getResource(name);
        return resource == null ? null : new Rewritten(resource);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return migrations.getResources(prefix, suffixes).stream().<LoadableResource>map(Rewritten::new).toList();
    }

    /** A migration script read with its sequences rewritten. */
    private static final class Rewritten extends LoadableResource {

        private final LoadableResource original;

        Rewritten(LoadableResource original) {
            this.original = original;
        }

        @Override
        public Reader read() {
            try (Reader reader = original.read()) {
                StringBuilder text = new StringBuilder();
                char[] buffer = new char[8192];
                for (int n; (n = reader.read(buffer)) >= 0; ) {
                    text.append(buffer, 0, n);
                }
                return new StringReader(forGalera(text.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read migration " + original.getFilename(), e);
            }
        }

        @Override
        public String getAbsolutePath() {
            return original.getAbsolutePath();
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return original.getAbsolutePathOnDisk();
        }

        @Override
        public String getFilename() {
            return original.getFilename();
        }

        @Override
        public String getRelativePath() {
            return original.getRelativePath();
        }
    }
}
