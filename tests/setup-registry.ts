// Some suites use the compiler on its own (tokenizer, parser, symtable) without creating a VM; loading the module
// registry installs what every VM build installs, such as the `\N{...}` name table the compiler looks names up in.
import '../vm/modules/registry.js';
