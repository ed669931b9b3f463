// syntax_posdump.go - prints the position of every identifier and basic literal
// of a Go file as go/parser sees it ("line:col name" or "line:col lit"),
// sorted by tests/syntax_gen_pos.sh into testdata/syntax/real/NAME.pos goldens.
// Build and run with Go 1.19 (not part of make test).

package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
)

func main() {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, os.Args[1], nil, 0)
	if err != nil {
		panic(err)
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.Ident:
			p := fset.Position(x.Pos())
			fmt.Printf("%d:%d %s\n", p.Line, p.Column, x.Name)
		case *ast.BasicLit:
			p := fset.Position(x.Pos())
			fmt.Printf("%d:%d lit\n", p.Line, p.Column)
		}
		return true
	})
}
