package dev.convene.cli;

import picocli.CommandLine.IVersionProvider;

/** The version the jar's manifest names, for {@code --version}. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = ConveneCli.class.getPackage().getImplementationVersion();
    return new String[] {"convene " + (version == null ? "(development build)" : version)};
  }
}
