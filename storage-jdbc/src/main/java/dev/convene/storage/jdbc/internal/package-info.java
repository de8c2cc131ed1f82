/** How the JDBC store works: transactions, the stores, codecs, migrations. Not API. */
@NullMarked
package dev.convene.storage.jdbc.internal;

import org.jspecify.annotations.NullMarked;
