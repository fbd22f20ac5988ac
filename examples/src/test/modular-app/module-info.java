/** An application on the module path that uses all four clients, compiled and run by ModulePathTest. */
module dev.cloudsdk.examples.modular {
    requires dev.cloudsdk.scp;
    requires dev.cloudsdk.infomaniak;
    requires dev.cloudsdk.spaceone;
    requires dev.cloudsdk.omnistrate;
}
