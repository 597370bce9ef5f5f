package db.migratie;

import nl.startklaswijzer.monitor.Kenmerken;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the monitor's columns (V5) for advices and placements recorded before it: their municipality and complicating
 * factors are read from the recorded case's JSON, which only Java reads the same way on H2 and PostgreSQL. Flyway finds
 * Java migrations by their package, which must be the folder of the SQL migrations.
 */
public class V5_1__MonitorKenmerkenAanvullen extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Kenmerken.vulAan(context.getConnection());
    }
}
