/**
 * Reads Apex source with @apexdevtools/apex-parser: syntax errors, and the shape of a class (fields, methods and
 * their parameters, annotations, inner classes), for the gates and the Apex/TypeScript parity test.
 */
import {
  ApexErrorListener,
  ApexParserFactory,
  type ClassBodyDeclarationContext,
  type ClassDeclarationContext
} from '@apexdevtools/apex-parser';

export interface ApexSyntaxProblem {
  line: number;
  column: number;
  message: string;
}

export interface ApexMethod {
  name: string;
  params: string[];
  /** Modifiers and annotations as written, lower case: 'public', 'static', '@auraenabled'... */
  modifiers: string[];
  /** The body with its braces, as written ('' for an abstract or interface method), and where it starts. */
  body: string;
  bodyOffset: number;
  line: number;
}

export interface ApexClass {
  name: string;
  fields: string[];
  methods: ApexMethod[];
  inner: ApexClass[];
}

class Collector extends ApexErrorListener {
  readonly problems: ApexSyntaxProblem[] = [];
  apexSyntaxError(line: number, column: number, message: string): void {
    this.problems.push({ line, column, message });
  }
}

/** Every syntax error of a class file (empty when it parses). */
export function syntaxProblems(source: string): ApexSyntaxProblem[] {
  const collector = new Collector();
  const { parser } = ApexParserFactory.createLexerAndParser(source, collector);
  parser.compilationUnit();
  return collector.problems;
}

/** The top-level class of a file and everything in it. */
export function readClass(source: string): ApexClass {
  const problems = syntaxProblems(source);
  if (problems.length > 0) {
    const [first] = problems;
    throw new Error(`syntax error at ${first.line}:${first.column}: ${first.message}`);
  }
  const { parser } = ApexParserFactory.createLexerAndParser(source, new Collector());
  const unit = parser.compilationUnit();
  const declaration = unit.typeDeclaration().classDeclaration();
  if (!declaration) {
    throw new Error('no class in this file');
  }
  return classOf(declaration, source);
}

function classOf(declaration: ClassDeclarationContext, source: string): ApexClass {
  const result: ApexClass = { name: declaration.id().getText(), fields: [], methods: [], inner: [] };
  for (const body of declaration.classBody().classBodyDeclaration_list() as ClassBodyDeclarationContext[]) {
    const member = body.memberDeclaration();
    if (!member) {
      continue;
    }
    const modifiers = body
      .modifier_list()
      .map((modifier) => modifier.getText().toLowerCase().replace(/\(.*$/, ''));
    if (member.fieldDeclaration()) {
      for (const variable of member.fieldDeclaration().variableDeclarators().variableDeclarator_list()) {
        result.fields.push(variable.id().getText());
      }
    } else if (member.propertyDeclaration()) {
      result.fields.push(member.propertyDeclaration().id().getText());
    } else if (member.methodDeclaration()) {
      const method = member.methodDeclaration();
      const list = method.formalParameters().formalParameterList();
      const block = method.block();
      const [start, stop] = block ? [block.start.start, block.stop?.stop ?? block.start.start] : [0, -1];
      result.methods.push({
        name: method.id().getText(),
        params: list ? list.formalParameter_list().map((param) => param.id().getText()) : [],
        modifiers,
        body: source.slice(start, stop + 1),
        bodyOffset: start,
        line: method.start.line
      });
    } else if (member.classDeclaration()) {
      result.inner.push(classOf(member.classDeclaration(), source));
    }
  }
  return result;
}
