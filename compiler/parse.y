/* parse.y - the Go parser (bison, LALR(1)): builds the N_* tree of ast.h for
 * Go 1.17 syntax (generic syntax is recognised only to report that it is not
 * supported). Each rule group names the Go spec production it implements.
 *
 * Expressions and types share one grammar in the style of the old gc yacc
 * grammar: types that cannot be expressions (non_expr_type) appear where a
 * call argument or parenthesised operand may be a type, and conversions and
 * composite literals start from type literals (convtype, comptype).
 *
 * The composite-literal/block ambiguity of if/for/switch/select headers is
 * settled by the lexer, which returns the first '{' outside ( and [ after
 * those keywords as LBODY; see Lexer.loophack in parse_impl.h. */

%code requires {
#include "parse_impl.h"
}

%code {
#include <string.h>

#include "arena.h"

static int parse_yylex(PARSE_YYSTYPE *lval, Parser *p);
static void parse_yyerror(Parser *p, const char *msg);
#define N(kind, pos) ast_new((kind), (pos))
}

%define api.prefix {parse_yy}
%define api.pure full
%define parse.error custom
%define parse.lac full
/* The 7 conflicts are all on the error token inside a case clause: shifting
 * it as a statement error (recover at the next statement) is preferred over
 * ending the clause (recover at the next case). */
%expect 7
%parse-param {Parser *p}
%lex-param {Parser *p}

%union {
    Tok tok;
    Node *node;
    PList *list;
    Header *hdr;
}

%token <tok> IDENT "name" INT "int literal" FLOAT "float literal" IMAG "imaginary literal"
%token <tok> CHAR "rune literal" STRING "string literal"
%token <tok> BREAK "break" CASE "case" CHAN "chan" CONST "const" CONTINUE "continue"
%token <tok> DEFAULT "default" DEFER "defer" ELSE "else" FALLTHROUGH "fallthrough"
%token <tok> FOR "for" FUNC "func" GO "go" GOTO "goto" IF "if" IMPORT "import"
%token <tok> INTERFACE "interface" MAP "map" PACKAGE "package" RANGE "range"
%token <tok> RETURN "return" SELECT "select" STRUCT "struct" SWITCH "switch"
%token <tok> TYPE "type" VAR "var"
%token <tok> ASSIGN_OP "op=" INC "++" DEC "--" DEFINE ":=" ELLIPSIS "..." ARROW "<-"
%token <tok> LOR "||" LAND "&&" EQ "==" NE "!=" LE "<=" GE ">=" SHL "<<" SHR ">>"
%token <tok> ANDNOT "&^" LBODY "{ (block)"
%token <tok> '+' '-' '*' '/' '%' '&' '|' '^' '<' '>' '=' '!' '~'
%token <tok> '(' ')' '[' ']' '{' '}' ',' ';' '.' ':'

%type <tok> lbrace bad_import_path
%type <node> topdecl import_decl import_spec common_decl var_spec const_spec type_spec
%type <node> func_decl signature fbody
%type <node> ntype dotname other_type ptr_type recv_chan_type non_recv_chan_type
%type <node> func_type fnret_type param struct_type field_decl otag interface_type
%type <node> iface_elem iface_term
%type <node> expr uexpr pexpr pexpr_no_paren expr_or_type non_expr_type convtype comptype
%type <node> complit_name struct_or_iface oexpr keyed_elem celem fnliteral
%type <node> stmt non_decl_stmt simple_stmt osimple_stmt hdr_init block body else_part
%type <node> if_stmt for_stmt switch_stmt select_stmt case_clause
%type <hdr> if_header for_header
%type <list> recv topdecls import_specs var_specs const_specs type_specs name_list
%type <list> params param_list fn_result field_decls iface_elems iface_union
%type <list> expr_list expr_or_type_list complit_body elem_list stmt_list case_clauses
%type <list> tparams ftparams tp_names

/* Binary operators, lowest precedence first (Go spec "Operator precedence"). */
%left LOR
%left LAND
%left EQ NE '<' LE '>' GE
%left '+' '-' '|' '^'
%left '*' '/' '%' '&' SHL SHR ANDNOT

/* func() (T): a '(' after a function type starts its result list. */
%precedence NotParen
%precedence '('
/* func(a []int): after a parameter name, '[' starts its type (an unnamed
 * generic parameter type T[int] is not recognised). */
%precedence NotBracket
%precedence '['

%%

/* SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } . */
file:
    PACKAGE IDENT ';' topdecls {
        Node *f = N(N_FILE, $1.pos);
        f->file.pkg_name = parse_ident($2);
        PList *imports = plist_new();
        for (int i = 0; i < $4->len; i++) {
            Node *d = $4->items[i];
            if (d->kind == N_GEN_DECL && d->gen_decl.tok == OP_IMPORT)
                for (int j = 0; j < d->gen_decl.specs.len; j++)
                    plist_push(imports, d->gen_decl.specs.items[j]);
        }
        f->file.decls = plist_done($4);
        f->file.imports = plist_done(imports);
        f->file.linknames = p->lex.linknames;
        f->file.nlinknames = p->lex.nlinknames;
        p->file = f;
    }
;

topdecls:
    %empty                  { $$ = plist_new(); }
|   topdecls topdecl ';'    { $$ = plist_push($1, $2); }
;

/* TopLevelDecl = Declaration | FunctionDecl | MethodDecl . */
topdecl:
    common_decl     { $$ = $1; p->seen_decl = 1; p->last_bodyless = 0; }
|   func_decl       { $$ = $1; p->seen_decl = 1; p->last_bodyless = $1->func_decl.body == NULL; }
|   import_decl {
        $$ = $1;
        if (p->seen_decl)
            parse_error(p, $1->pos, "syntax error: non-declaration statement outside function body");
    }
|   error           { $$ = NULL; p->last_bodyless = 0; }
;

/* ImportDecl = "import" ( ImportSpec | "(" { ImportSpec ";" } ")" ) . */
import_decl:
    IMPORT import_spec                      { $$ = parse_gen_decl($1, OP_IMPORT, plist1($2), 0); }
|   IMPORT '(' import_specs osemi ')'       { $$ = parse_gen_decl($1, OP_IMPORT, $3, 1); }
|   IMPORT '(' ')'                          { $$ = parse_gen_decl($1, OP_IMPORT, plist_new(), 1); }
;

import_specs:
    import_spec                     { $$ = plist1($1); }
|   import_specs ';' import_spec    { $$ = plist_push($1, $3); }
;

/* ImportSpec = [ "." | PackageName ] ImportPath . */
import_spec:
    STRING {
        $$ = N(N_IMPORT_SPEC, $1.pos);
        $$->import_spec.path = parse_lit($1, LIT_STRING);
    }
|   IDENT STRING {
        $$ = N(N_IMPORT_SPEC, $1.pos);
        $$->import_spec.name = parse_ident($1);
        $$->import_spec.path = parse_lit($2, LIT_STRING);
    }
|   bad_import_path {
        /* Go reports this at the token after the literal. */
        parse_error(p, lex_peek_pos(&p->lex), "syntax error: import path must be a string");
        $$ = N(N_IMPORT_SPEC, $1.pos);
        $$->import_spec.path = parse_lit($1, LIT_STRING);
    }
|   '.' STRING {
        $$ = N(N_IMPORT_SPEC, $1.pos);
        $1.lit = ".";
        $$->import_spec.name = parse_ident($1);
        $$->import_spec.path = parse_lit($2, LIT_STRING);
    }
;

bad_import_path: INT | FLOAT | IMAG | CHAR ;

osemi: %empty | ';' ;
ocomma: %empty | ',' ;

/* Declaration = ConstDecl | TypeDecl | VarDecl . */
common_decl:
    VAR var_spec                        { $$ = parse_gen_decl($1, OP_VAR, plist1($2), 0); }
|   VAR '(' var_specs osemi ')'         { $$ = parse_gen_decl($1, OP_VAR, $3, 1); }
|   VAR '(' ')'                         { $$ = parse_gen_decl($1, OP_VAR, plist_new(), 1); }
|   CONST const_spec {
        PList *l = plist1($2);
        parse_const_group(p, l);
        $$ = parse_gen_decl($1, OP_CONST, l, 0);
    }
|   CONST '(' const_specs osemi ')' {
        parse_const_group(p, $3);
        $$ = parse_gen_decl($1, OP_CONST, $3, 1);
    }
|   CONST '(' ')'                       { $$ = parse_gen_decl($1, OP_CONST, plist_new(), 1); }
|   TYPE type_spec                      { $$ = parse_gen_decl($1, OP_TYPE, plist1($2), 0); }
|   TYPE '(' type_specs osemi ')'       { $$ = parse_gen_decl($1, OP_TYPE, $3, 1); }
|   TYPE '(' ')'                        { $$ = parse_gen_decl($1, OP_TYPE, plist_new(), 1); }
;

var_specs:
    var_spec                    { $$ = plist1($1); }
|   var_specs ';' var_spec      { $$ = plist_push($1, $3); }
;
const_specs:
    const_spec                  { $$ = plist1($1); }
|   const_specs ';' const_spec  { $$ = plist_push($1, $3); }
;
type_specs:
    type_spec                   { $$ = plist1($1); }
|   type_specs ';' type_spec    { $$ = plist_push($1, $3); }
;

/* VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) . */
var_spec:
    name_list ntype                     { $$ = parse_value_spec($1, $2, NULL); }
|   name_list ntype '=' expr_list       { $$ = parse_value_spec($1, $2, $4); }
|   name_list '=' expr_list             { $$ = parse_value_spec($1, NULL, $3); }
;

/* ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] . */
const_spec:
    name_list                           { $$ = parse_value_spec($1, NULL, NULL); }
|   name_list ntype                     { $$ = parse_value_spec($1, $2, NULL); }
|   name_list ntype '=' expr_list       { $$ = parse_value_spec($1, $2, $4); }
|   name_list '=' expr_list             { $$ = parse_value_spec($1, NULL, $3); }
;

/* TypeSpec = AliasDecl | TypeDef .  AliasDecl = identifier "=" Type .
 * TypeDef = identifier [ TypeParameters ] Type . */
type_spec:
    IDENT ntype {
        $$ = N(N_TYPE_SPEC, $1.pos);
        $$->type_spec.name = parse_ident($1);
        $$->type_spec.type = $2;
    }
|   IDENT '=' ntype {
        $$ = N(N_TYPE_SPEC, $1.pos);
        $$->type_spec.name = parse_ident($1);
        $$->type_spec.type = $3;
        $$->type_spec.alias = true;
    }
|   IDENT '[' tparams ']' ntype {
        parse_generic_error(p, $1.pos, 1);
        $$ = N(N_TYPE_SPEC, $1.pos);
        $$->type_spec.name = parse_ident($1);
        $$->type_spec.type = $5;
    }
;

/* TypeParameters = "[" TypeParamList [ "," ] "]" (only to reject them). */
tparams:
    tp_names tconstraint                { $$ = $1; }
|   tparams ',' tp_names tconstraint    { $$ = $1; }
;
/* A function's type parameters: no array type can follow a function name, so
 * any constraint may appear here. */
ftparams:
    tp_names iface_union                    { $$ = $1; }
|   ftparams ',' tp_names iface_union       { $$ = $1; }
;

tp_names:
    IDENT                   { $$ = plist1(parse_ident($1)); }
|   tp_names ',' IDENT      { $$ = plist_push($1, parse_ident($3)); }
;
tconstraint:
    tterm
|   tconstraint '|' iface_term
;
tterm:
    dotname
|   '~' ntype
|   interface_type
;

name_list:
    IDENT                   { $$ = plist1(parse_ident($1)); }
|   name_list ',' IDENT     { $$ = plist_push($1, parse_ident($3)); }
;

/* FunctionDecl = "func" FunctionName [ TypeParameters ] Signature [ FunctionBody ] .
 * MethodDecl = "func" Receiver MethodName Signature [ FunctionBody ] . */
func_decl:
    FUNC IDENT signature fbody              { $$ = parse_func_decl(p, $1, NULL, $2, $3, $4); }
|   FUNC recv IDENT signature fbody         { $$ = parse_func_decl(p, $1, $2, $3, $4, $5); }
|   FUNC IDENT '[' ftparams ']' signature fbody {
        parse_generic_error(p, $2.pos, 0);
        $$ = parse_func_decl(p, $1, NULL, $2, $6, $7);
    }
;

/* Receiver = Parameters (exactly one parameter; checked in parse_func_decl). */
recv:
    '(' params ')'              { $$ = $2; }
;

/* Signature = Parameters [ Result ] . */
signature:
    '(' params ')' fn_result    { $$ = parse_func_type(p, $1.pos, $2, $4); }
;

/* FunctionBody = Block . */
fbody:
    %empty                      { $$ = NULL; }
|   '{' stmt_list '}'           { $$ = parse_block($1, $2, $3); }
;

/* Result = Parameters | Type . */
fn_result:
    %empty %prec NotParen       { $$ = NULL; }
|   fnret_type {
        Node *f = N(N_FIELD, $1->pos);
        f->field.type = $1;
        $$ = plist1(f);
        $$->cap = -1;   /* marks an already-grouped result list */
    }
|   '(' params ')'              { $$ = $2 ? $2 : plist_new(); }
;

fnret_type:
    recv_chan_type
|   func_type
|   other_type
|   ptr_type
|   dotname
|   dotname '[' expr_or_type_list ocomma ']' {
        parse_generic_error(p, $2.pos, 1);
        $$ = $1;
    }
;

/* Parameters = "(" [ ParameterList [ "," ] ] ")" .
 * ParameterDecl = [ IdentifierList ] [ "..." ] Type .
 * Each param is one name and/or one type; parse_params groups them. */
params:
    %empty                      { $$ = plist_new(); }
|   param_list ocomma           { $$ = $1; }
;

param_list:
    param                       { $$ = plist1($1); }
|   param_list ',' param        { $$ = plist_push($1, $3); }
;

param:
    ntype                       { $$ = parse_field_raw(NULL, $1, 0, $1->pos); }
|   IDENT ntype                 { $$ = parse_field_raw(parse_ident($1), $2, 0, $1.pos); }
|   IDENT ELLIPSIS ntype        { $$ = parse_field_raw(parse_ident($1), $3, 1, $2.pos); }
|   ELLIPSIS ntype              { $$ = parse_field_raw(NULL, $2, 1, $1.pos); }
|   ELLIPSIS {
        parse_error(p, $1.pos, "syntax error: ... is missing type");
        $$ = parse_field_raw(NULL, N(N_BAD_EXPR, $1.pos), 1, $1.pos);
    }
|   IDENT ELLIPSIS {
        parse_error(p, $2.pos, "syntax error: ... is missing type");
        $$ = parse_field_raw(parse_ident($1), N(N_BAD_EXPR, $2.pos), 1, $2.pos);
    }
;

/* Type = TypeName | TypeLit | "(" Type ")" . */
ntype:
    recv_chan_type
|   func_type
|   other_type
|   ptr_type
|   dotname
|   '(' ntype ')' {
        $$ = N(N_PAREN, $1.pos);
        $$->paren.x = $2;
    }
|   dotname '[' expr_or_type_list ocomma ']' {
        parse_generic_error(p, $2.pos, 1);
        $$ = $1;
    }
;

non_recv_chan_type:
    func_type
|   other_type
|   ptr_type
|   dotname
|   '(' ntype ')' {
        $$ = N(N_PAREN, $1.pos);
        $$->paren.x = $2;
    }
;

/* TypeName = identifier | QualifiedIdent . */
dotname:
    IDENT %prec NotBracket  { $$ = parse_ident($1); }
|   IDENT '.' IDENT {
        $$ = N(N_SELECTOR, $1.pos);
        $$->selector.x = parse_ident($1);
        $$->selector.sel = parse_ident($3);
        $$->selector.dot = $2.pos;
    }
;

/* ArrayType, SliceType, ChannelType, MapType, StructType, InterfaceType. */
other_type:
    '[' oexpr ']' ntype {
        $$ = N(N_ARRAY_TYPE, $1.pos);
        $$->array_type.len = $2;
        $$->array_type.elem = $4;
    }
|   '[' ELLIPSIS ']' ntype {
        $$ = N(N_ARRAY_TYPE, $1.pos);
        $$->array_type.len = N(N_ELLIPSIS, $2.pos);
        $$->array_type.elem = $4;
    }
|   CHAN non_recv_chan_type {
        $$ = N(N_CHAN_TYPE, $1.pos);
        $$->chan_type.dir = CHAN_BOTH;
        $$->chan_type.elem = $2;
    }
|   CHAN ARROW ntype {
        $$ = N(N_CHAN_TYPE, $1.pos);
        $$->chan_type.dir = CHAN_SEND;
        $$->chan_type.elem = $3;
    }
|   MAP '[' ntype ']' ntype {
        $$ = N(N_MAP_TYPE, $1.pos);
        $$->map_type.key = $3;
        $$->map_type.value = $5;
    }
|   struct_type
|   interface_type
;

/* PointerType = "*" BaseType . */
ptr_type:
    '*' ntype {
        $$ = N(N_STAR, $1.pos);
        $$->star.x = $2;
    }
;

/* "<-" "chan" ElementType */
recv_chan_type:
    ARROW CHAN ntype {
        $$ = N(N_CHAN_TYPE, $1.pos);
        $$->chan_type.dir = CHAN_RECV;
        $$->chan_type.elem = $3;
    }
;

/* FunctionType = "func" Signature . */
func_type:
    FUNC '(' params ')' fn_result   { $$ = parse_func_type(p, $1.pos, $3, $5); }
;

/* StructType = "struct" "{" { FieldDecl ";" } "}" . */
struct_type:
    STRUCT lbrace field_decls osemi '}' {
        $$ = N(N_STRUCT_TYPE, $1.pos);
        $$->struct_type.fields = plist_done($3);
        $$->struct_type.rbrace = $5.pos;
        parse_rearm(p, $2);
    }
|   STRUCT lbrace '}' {
        $$ = N(N_STRUCT_TYPE, $1.pos);
        $$->struct_type.rbrace = $3.pos;
        parse_rearm(p, $2);
    }
;

field_decls:
    field_decl                      { $$ = plist1($1); }
|   field_decls ';' field_decl      { $$ = plist_push($1, $3); }
;

/* FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] .
 * EmbeddedField = [ "*" ] TypeName . */
field_decl:
    name_list ntype otag {
        $$ = N(N_FIELD, $1->items[0]->pos);
        $$->field.names = plist_done($1);
        $$->field.type = $2;
        $$->field.tag = $3;
    }
|   dotname otag {
        $$ = N(N_FIELD, $1->pos);
        $$->field.type = $1;
        $$->field.tag = $2;
        $$->field.embedded = true;
    }
|   '(' dotname ')' otag {
        parse_error(p, $1.pos, "syntax error: cannot parenthesize embedded type");
        $$ = N(N_FIELD, $2->pos);
        $$->field.type = $2;
    }
|   '(' '*' dotname ')' otag {
        parse_error(p, $1.pos, "syntax error: cannot parenthesize embedded type");
        $$ = N(N_FIELD, $3->pos);
        $$->field.type = $3;
    }
|   '*' '(' dotname ')' otag {
        parse_error(p, $2.pos, "syntax error: cannot parenthesize embedded type");
        $$ = N(N_FIELD, $3->pos);
        $$->field.type = $3;
    }
|   '*' dotname otag {
        $$ = N(N_FIELD, $1.pos);
        $$->field.type = N(N_STAR, $1.pos);
        $$->field.type->star.x = $2;
        $$->field.tag = $3;
        $$->field.embedded = true;
    }
;

otag:
    %empty          { $$ = NULL; }
|   STRING          { $$ = parse_lit($1, LIT_STRING); }
;

/* InterfaceType = "interface" "{" { InterfaceElem ";" } "}" . */
interface_type:
    INTERFACE lbrace iface_elems osemi '}' {
        $$ = N(N_INTERFACE_TYPE, $1.pos);
        $$->interface_type.methods = plist_done($3);
        parse_rearm(p, $2);
    }
|   INTERFACE lbrace '}' {
        $$ = N(N_INTERFACE_TYPE, $1.pos);
        parse_rearm(p, $2);
    }
;

iface_elems:
    iface_elem                      { $$ = plist1($1); }
|   iface_elems ';' iface_elem      { $$ = plist_push($1, $3); }
;

/* MethodElem = MethodName Signature .  TypeElem = TypeTerm { "|" TypeTerm } . */
iface_elem:
    IDENT '(' params ')' fn_result {
        $$ = N(N_FIELD, $1.pos);
        $$->field.names = ast_list((Node *[]){parse_ident($1)}, 1);
        $$->field.type = parse_func_type(p, $2.pos, $3, $5);
    }
|   iface_union {
        Node *t = $1->items[0];
        $$ = N(N_FIELD, t->pos);
        $$->field.type = t;
        $$->field.embedded = true;
        if ($1->len > 1 || t->kind == N_UNARY ||
            (t->kind != N_IDENT && t->kind != N_SELECTOR && t->kind != N_PAREN))
            parse_generic_error(p, t->pos, 1);
    }
;

iface_union:
    iface_term                      { $$ = plist1($1); }
|   iface_union '|' iface_term      { $$ = plist_push($1, $3); }
;

iface_term:
    ntype
|   '~' ntype                       { $$ = parse_unary($1, OP_XOR, $2); $$->kind = N_UNARY; }
;

/* Expression = UnaryExpr | Expression binary_op Expression . */
expr:
    uexpr
|   expr LOR expr           { $$ = parse_binary(p, $2, OP_LOR, $1, $3); }
|   expr LAND expr          { $$ = parse_binary(p, $2, OP_LAND, $1, $3); }
|   expr EQ expr            { $$ = parse_binary(p, $2, OP_EQL, $1, $3); }
|   expr NE expr            { $$ = parse_binary(p, $2, OP_NEQ, $1, $3); }
|   expr '<' expr           { $$ = parse_binary(p, $2, OP_LSS, $1, $3); }
|   expr LE expr            { $$ = parse_binary(p, $2, OP_LEQ, $1, $3); }
|   expr '>' expr           { $$ = parse_binary(p, $2, OP_GTR, $1, $3); }
|   expr GE expr            { $$ = parse_binary(p, $2, OP_GEQ, $1, $3); }
|   expr '+' expr           { $$ = parse_binary(p, $2, OP_ADD, $1, $3); }
|   expr '-' expr           { $$ = parse_binary(p, $2, OP_SUB, $1, $3); }
|   expr '|' expr           { $$ = parse_binary(p, $2, OP_OR, $1, $3); }
|   expr '^' expr           { $$ = parse_binary(p, $2, OP_XOR, $1, $3); }
|   expr '*' expr           { $$ = parse_binary(p, $2, OP_MUL, $1, $3); }
|   expr '/' expr           { $$ = parse_binary(p, $2, OP_QUO, $1, $3); }
|   expr '%' expr           { $$ = parse_binary(p, $2, OP_REM, $1, $3); }
|   expr '&' expr           { $$ = parse_binary(p, $2, OP_AND, $1, $3); }
|   expr SHL expr           { $$ = parse_binary(p, $2, OP_SHL, $1, $3); }
|   expr SHR expr           { $$ = parse_binary(p, $2, OP_SHR, $1, $3); }
|   expr ANDNOT expr        { $$ = parse_binary(p, $2, OP_AND_NOT, $1, $3); }
;

/* UnaryExpr = PrimaryExpr | unary_op UnaryExpr . */
uexpr:
    pexpr
|   '*' uexpr {
        $$ = N(N_STAR, $1.pos);
        $$->star.x = $2;
    }
|   '&' uexpr               { $$ = parse_unary($1, OP_AND, $2); }
|   '+' uexpr               { $$ = parse_unary($1, OP_ADD, $2); }
|   '-' uexpr               { $$ = parse_unary($1, OP_SUB, $2); }
|   '!' uexpr               { $$ = parse_unary($1, OP_NOT, $2); }
|   '^' uexpr               { $$ = parse_unary($1, OP_XOR, $2); }
|   ARROW uexpr             { $$ = parse_unary($1, OP_ARROW, $2); }
|   '~' uexpr {
        parse_generic_error(p, $1.pos, 1);
        $$ = parse_unary($1, OP_XOR, $2);
    }
;

/* PrimaryExpr = Operand | Conversion | MethodExpr | PrimaryExpr Selector |
 *     PrimaryExpr Index | PrimaryExpr Slice | PrimaryExpr TypeAssertion |
 *     PrimaryExpr Arguments . */
pexpr_no_paren:
    INT                     { $$ = parse_lit($1, LIT_INT); }
|   FLOAT                   { $$ = parse_lit($1, LIT_FLOAT); }
|   IMAG                    { $$ = parse_lit($1, LIT_IMAG); }
|   CHAR                    { $$ = parse_lit($1, LIT_CHAR); }
|   STRING                  { $$ = parse_lit($1, LIT_STRING); }
|   IDENT                   { $$ = parse_ident($1); }
|   pexpr '.' IDENT {
        $$ = parse_nest(p, N(N_SELECTOR, $1->pos), $1);
        $$->selector.x = $1;
        $$->selector.sel = parse_ident($3);
        $$->selector.dot = $2.pos;
    }
|   pexpr '.' '(' expr_or_type ')' {
        $$ = parse_nest(p, N(N_TYPE_ASSERT, $1->pos), $1);
        $$->assert.x = $1;
        $$->assert.type = $4;
        $$->assert.dot = $2.pos;
    }
|   pexpr '.' '(' TYPE ')' {
        $$ = parse_nest(p, N(N_TYPE_ASSERT, $1->pos), $1);
        $$->assert.x = $1;
        $$->assert.dot = $2.pos;
        p->type_guards = plist_push(p->type_guards, $$);
    }
|   pexpr '[' expr_or_type_list ocomma ']'  { $$ = parse_index(p, $1, $2, $3, $5); }
|   pexpr '[' oexpr ':' oexpr ']' {
        $$ = parse_nest(p, N(N_SLICE_EXPR, $1->pos), $1);
        $$->slice.x = $1;
        $$->slice.lo = $3;
        $$->slice.hi = $5;
        $$->slice.lbrack = $2.pos;
    }
|   pexpr '[' oexpr ':' oexpr ':' oexpr ']' {
        $$ = parse_nest(p, N(N_SLICE_EXPR, $1->pos), $1);
        $$->slice.x = $1;
        $$->slice.lo = $3;
        $$->slice.hi = $5;
        $$->slice.max = $7;
        $$->slice.slice3 = true;
        $$->slice.lbrack = $2.pos;
        if (!$5)
            parse_error(p, $6.pos, "syntax error: middle index required in 3-index slice");
        if (!$7)
            parse_error(p, $8.pos, "syntax error: final index required in 3-index slice");
    }
|   pexpr '(' ')'                                   { $$ = parse_call(p, $1, $2, NULL, 0, $3); }
|   pexpr '(' expr_or_type_list ocomma ')'          { $$ = parse_call(p, $1, $2, $3, 0, $5); }
|   pexpr '(' expr_or_type_list ELLIPSIS ocomma ')' { $$ = parse_call(p, $1, $2, $3, 1, $6); }
|   convtype '(' expr_or_type_list ocomma ')'       { $$ = parse_call(p, $1, $2, $3, 0, $5); }
|   convtype '(' ')'                                { $$ = parse_call(p, $1, $2, NULL, 0, $3); }
|   struct_or_iface '.' IDENT {
        /* MethodExpr on a type literal: interface{ m() }.m */
        $$ = parse_nest(p, N(N_SELECTOR, $1->pos), $1);
        $$->selector.x = $1;
        $$->selector.sel = parse_ident($3);
        $$->selector.dot = $2.pos;
    }
|   comptype lbrace complit_body '}' {
        $$ = parse_complit($1, $2, $3, $4);
        parse_rearm(p, $2);
    }
|   complit_name '{' complit_body '}'               { $$ = parse_complit($1, $2, $3, $4); }
|   '(' expr_or_type ')' '{' complit_body '}' {
        parse_error(p, $1.pos, "syntax error: cannot parenthesize type in composite literal");
        $$ = parse_complit($2, $4, $5, $6);
    }
|   fnliteral
;

/* Operand = Literal | OperandName | "(" Expression ")" . */
/* The type of a composite literal written as a (qualified or instantiated) name. */
complit_name:
    IDENT                   { $$ = parse_ident($1); }
|   pexpr '.' IDENT {
        $$ = parse_nest(p, N(N_SELECTOR, $1->pos), $1);
        $$->selector.x = $1;
        $$->selector.sel = parse_ident($3);
        $$->selector.dot = $2.pos;
    }
|   pexpr '[' expr_or_type_list ocomma ']'  { $$ = parse_index(p, $1, $2, $3, $5); }
;

pexpr:
    pexpr_no_paren
|   '(' expr_or_type ')' {
        $$ = N(N_PAREN, $1.pos);
        $$->paren.x = $2;
    }
;

expr_or_type:
    expr
|   non_expr_type
;

/* Types that cannot also be read as expressions. */
non_expr_type:
    recv_chan_type
|   func_type
|   other_type
|   '*' non_expr_type {
        $$ = N(N_STAR, $1.pos);
        $$->star.x = $2;
    }
;

convtype:
    func_type
|   other_type
;

comptype:
    other_type
;

struct_or_iface:
    struct_type
|   interface_type
;

/* FunctionLit = "func" Signature FunctionBody . */
fnliteral:
    func_type lbrace stmt_list '}' {
        $$ = N(N_FUNC_LIT, $1->pos);
        $$->func_lit.type = $1;
        $$->func_lit.body = parse_block($2, $3, $4);
        parse_rearm(p, $2);
    }
;

lbrace:
    LBODY                   { $$ = $1; $$.body = 1; }
|   '{'                     { $$ = $1; $$.body = 0; }
;

/* LiteralValue = "{" [ ElementList [ "," ] ] "}" . */
complit_body:
    %empty                  { $$ = plist_new(); }
|   elem_list ocomma        { $$ = $1; }
;

elem_list:
    keyed_elem                  { $$ = plist1($1); }
|   elem_list ',' keyed_elem    { $$ = plist_push($1, $3); }
;

/* KeyedElement = [ Key ":" ] Element . */
keyed_elem:
    celem
|   celem ':' celem {
        $$ = N(N_KEY_VALUE, $1->pos);
        $$->kv.key = $1;
        $$->kv.value = $3;
        $$->kv.colon = $2.pos;
    }
;

celem:
    expr
|   '{' complit_body '}'        { $$ = parse_complit(NULL, $1, $2, $3); }
;

oexpr:
    %empty                  { $$ = NULL; }
|   expr
;

expr_list:
    expr                        { $$ = plist1($1); }
|   expr_list ',' expr          { $$ = plist_push($1, $3); }
;

expr_or_type_list:
    expr_or_type                        { $$ = plist1($1); }
|   expr_or_type_list ',' expr_or_type  { $$ = plist_push($1, $3); }
;

/* Block = "{" StatementList "}" . */
block:
    '{' stmt_list '}'           { $$ = parse_block($1, $2, $3); }
;

/* The block of an if, for, switch or select statement. */
body:
    LBODY stmt_list '}'         { $$ = parse_block($1, $2, $3); }
;

/* StatementList = { Statement ";" } . */
stmt_list:
    stmt                        { $$ = $1 ? plist1($1) : plist_new(); }
|   stmt_list ';' stmt          { $$ = $3 ? plist_push($1, $3) : $1; }
;

/* Statement = Declaration | LabeledStmt | SimpleStmt | GoStmt | ReturnStmt |
 *     BreakStmt | ContinueStmt | GotoStmt | FallthroughStmt | Block | IfStmt |
 *     SwitchStmt | SelectStmt | ForStmt | DeferStmt . */
stmt:
    %empty                      { $$ = NULL; }
|   block
|   common_decl {
        $$ = N(N_DECL_STMT, $1->pos);
        $$->decl_stmt.decl = $1;
    }
|   non_decl_stmt
|   error                       { $$ = NULL; }
;

non_decl_stmt:
    simple_stmt
|   if_stmt
|   for_stmt
|   switch_stmt
|   select_stmt
|   IDENT ':' stmt {
        /* LabeledStmt = Label ":" Statement . */
        $$ = N(N_LABELED_STMT, $1.pos);
        $$->labeled.label = parse_ident($1);
        $$->labeled.stmt = $3 ? $3 : N(N_EMPTY_STMT, $2.pos);
        if (!$3 && (p->last_kind == CASE || p->last_kind == DEFAULT))
            parse_error(p, $2.pos, "syntax error: missing statement after label");
    }
|   FALLTHROUGH {
        $$ = N(N_BRANCH_STMT, $1.pos);
        $$->branch.tok = OP_FALLTHROUGH;
    }
|   BREAK {
        $$ = N(N_BRANCH_STMT, $1.pos);
        $$->branch.tok = OP_BREAK;
    }
|   BREAK IDENT {
        $$ = N(N_BRANCH_STMT, $1.pos);
        $$->branch.tok = OP_BREAK;
        $$->branch.label = parse_ident($2);
    }
|   CONTINUE {
        $$ = N(N_BRANCH_STMT, $1.pos);
        $$->branch.tok = OP_CONTINUE;
    }
|   CONTINUE IDENT {
        $$ = N(N_BRANCH_STMT, $1.pos);
        $$->branch.tok = OP_CONTINUE;
        $$->branch.label = parse_ident($2);
    }
|   GOTO IDENT {
        $$ = N(N_BRANCH_STMT, $1.pos);
        $$->branch.tok = OP_GOTO;
        $$->branch.label = parse_ident($2);
    }
|   GO expr {
        $$ = N(N_GO_STMT, $1.pos);
        $$->go_defer.call = $2;
        if ($2->kind != N_CALL)
            parse_error(p, $2->pos, "expression in go must be function call");
    }
|   DEFER expr {
        $$ = N(N_DEFER_STMT, $1.pos);
        $$->go_defer.call = $2;
        if ($2->kind != N_CALL)
            parse_error(p, $2->pos, "expression in defer must be function call");
    }
|   RETURN {
        $$ = N(N_RETURN_STMT, $1.pos);
    }
|   RETURN expr_list {
        $$ = N(N_RETURN_STMT, $1.pos);
        $$->ret.results = plist_done($2);
    }
;

/* SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt |
 *     Assignment | ShortVarDecl . */
simple_stmt:
    expr {
        $$ = N(N_EXPR_STMT, $1->pos);
        $$->expr_stmt.x = $1;
    }
|   expr ASSIGN_OP expr         { $$ = parse_assign(p, plist1($1), $2, $2.op, plist1($3)); }
|   expr_list '=' expr_list     { $$ = parse_assign(p, $1, $2, OP_ASSIGN, $3); }
|   expr_list DEFINE expr_list  { $$ = parse_assign(p, $1, $2, OP_DEFINE, $3); }
|   expr INC {
        $$ = N(N_INCDEC_STMT, $1->pos);
        $$->incdec.x = $1;
        $$->incdec.op = OP_INC;
    }
|   expr DEC {
        $$ = N(N_INCDEC_STMT, $1->pos);
        $$->incdec.x = $1;
        $$->incdec.op = OP_DEC;
    }
|   expr ARROW expr {
        $$ = N(N_SEND_STMT, $1->pos);
        $$->send.chan = $1;
        $$->send.value = $3;
        $$->send.arrow = $2.pos;
    }
;

osimple_stmt:
    %empty                      { $$ = NULL; }
|   simple_stmt
;

/* IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] . */
if_stmt:
    IF if_header body else_part     { $$ = parse_if(p, $1, $2, $3, $4); }
|   IF error body else_part         { $$ = parse_bad_header(p, $1, $3); }
;

if_header:
    osimple_stmt                    { $$ = parse_header(NULL, $1, NULL, NULL, 0); }
|   hdr_init ';' osimple_stmt       { $$ = parse_header($1, $3, NULL, &$2, 1); }
;

/* The init statement of a header; Go rejects a var declaration there. */
hdr_init:
    osimple_stmt
|   VAR var_spec {
        const char *kw = p->lex.header_kw == IF ? "if" : p->lex.header_kw == FOR ? "for" : "switch";
        parse_error(p, $2->pos, "syntax error: var declaration not allowed in %s initializer", kw);
        $$ = NULL;
    }
;

else_part:
    %empty                      { $$ = NULL; }
|   ELSE if_stmt                { $$ = $2; }
|   ELSE block                  { $$ = $2; }
;

/* ForStmt = "for" [ Condition | ForClause | RangeClause ] Block . */
for_stmt:
    FOR for_header body         { $$ = parse_for(p, $1, $2, $3); }
|   FOR error body              { $$ = parse_bad_header(p, $1, $3); }
;

for_header:
    hdr_init ';' osimple_stmt ';' osimple_stmt      { $$ = parse_header($1, $3, $5, &$2, 2); }
|   osimple_stmt                                    { $$ = parse_header(NULL, $1, NULL, NULL, 0); }
|   expr_list '=' RANGE expr {
        $$ = parse_header(NULL, NULL, NULL, NULL, 0);
        $$->range = parse_range(p, $2, $1, OP_ASSIGN, $4);
    }
|   expr_list DEFINE RANGE expr {
        $$ = parse_header(NULL, NULL, NULL, NULL, 0);
        $$->range = parse_range(p, $2, $1, OP_DEFINE, $4);
    }
|   RANGE expr {
        $$ = parse_header(NULL, NULL, NULL, NULL, 0);
        $$->range = parse_range(p, $1, NULL, OP_NONE, $2);
    }
;

/* ExprSwitchStmt / TypeSwitchStmt = "switch" [ SimpleStmt ";" ] [ guard ] "{" { clause } "}" . */
switch_stmt:
    SWITCH if_header LBODY case_clauses '}'     { $$ = parse_switch(p, $1, $2, $3, $4, $5); }
|   SWITCH error LBODY case_clauses '}' {
        $$ = parse_bad_header(p, $1, parse_block($3, $4, $5));
    }
;

/* SelectStmt = "select" "{" { CommClause } "}" . */
select_stmt:
    SELECT LBODY case_clauses '}'               { $$ = parse_select(p, $1, $2, $3, $4); }
;

case_clauses:
    %empty                      { $$ = plist_new(); }
|   case_clauses case_clause    { $$ = plist_push($1, $2); }
|   case_clauses error          { $$ = $1; }
;

/* ExprCaseClause, TypeCaseClause and CommClause: the case and its statements. */
case_clause:
    CASE expr_or_type_list ':' stmt_list {
        $$ = parse_case(p, $1, $2, NULL);
        $$->case_clause.body = plist_done($4);
        parse_case_end(p);
    }
|   CASE expr_or_type_list '=' expr ':' stmt_list {
        $$ = parse_case(p, $1, NULL, parse_assign(p, $2, $3, OP_ASSIGN, plist1($4)));
        $$->case_clause.body = plist_done($6);
        parse_case_end(p);
    }
|   CASE expr_or_type_list DEFINE expr ':' stmt_list {
        $$ = parse_case(p, $1, NULL, parse_assign(p, $2, $3, OP_DEFINE, plist1($4)));
        $$->case_clause.body = plist_done($6);
        parse_case_end(p);
    }
|   CASE expr ARROW expr ':' stmt_list {
        Node *s = N(N_SEND_STMT, $2->pos);
        s->send.chan = $2;
        s->send.value = $4;
        s->send.arrow = $3.pos;
        $$ = parse_case(p, $1, NULL, s);
        $$->case_clause.body = plist_done($6);
        parse_case_end(p);
    }
|   DEFAULT ':' stmt_list {
        $$ = parse_case(p, $1, NULL, NULL);
        $$->case_clause.is_default = true;
        $$->case_clause.body = plist_done($3);
        parse_case_end(p);
    }
;

%%

/* Only "memory exhausted" (nesting too deep) arrives here. */
static void parse_yyerror(Parser *p, const char *msg) {
    parse_error(p, p->last_tok.pos, "gocc: %s: nesting too deep", msg);
}

static int parse_yylex(PARSE_YYSTYPE *lval, Parser *p) {
    p->prev2_kind = p->prev_kind;
    p->prev_kind = p->last_kind;
    int kind = lex_next(&p->lex, &lval->tok);
    p->last_tok = lval->tok;
    p->last_kind = kind;
    return kind;
}

/* Hands the names of the expected tokens to parse_report_syntax_error. */
static int yyreport_syntax_error(const yypcontext_t *ctx, Parser *p) {
    yysymbol_kind_t expected[80];
    const char *names[80];
    int n = yypcontext_expected_tokens(ctx, expected, 80);
    for (int i = 0; i < n; i++)
        names[i] = yysymbol_name(expected[i]);
    parse_report_syntax_error(p, names, n < 0 ? 0 : n);
    return 0;
}

Node *parse_file(const char *filename, const char *src, size_t len) {
    Parser *p = arena_alloc(perm_arena, sizeof *p);
    lex_init(&p->lex, filename, src, len);
    p->type_guards = plist_new();
    p->guards_used = plist_new();
    int rc = parse_yyparse(p);
    if (rc == 0)
        parse_check_guards(p);
    int nerrs = p->lex.nerrs;
    lex_flush_errors(&p->lex);
    if (rc != 0 || nerrs > 0 || !p->file)
        return NULL;
    return p->file;
}
