package patterns

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"path/filepath"
	"strings"
	"testing"
)

// TestCharsetsBuiltOnce keeps charset tables out of the code that runs at
// match time: building one fills 256 entries, which cost a match on the
// bench's AWS key ID more than the match itself. A charset is built in a
// package-level variable, an init-time function literal, or by a
// caller's NewCharset.
func TestCharsetsBuiltOnce(t *testing.T) {
	fset := gotoken.NewFileSet()
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var files []*ast.File
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	builds := func(n ast.Node) []gotoken.Pos {
		var at []gotoken.Pos
		ast.Inspect(n, func(n ast.Node) bool {
			if c, ok := n.(*ast.CallExpr); ok {
				if id, ok := c.Fun.(*ast.Ident); ok && id.Name == "newCharset" {
					at = append(at, c.Pos())
				}
			}
			return true
		})
		return at
	}
	var bad []gotoken.Pos
	for _, f := range files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Name.Name != "newCharset" && d.Name.Name != "NewCharset" {
					bad = append(bad, builds(d.Body)...)
				}
			case *ast.GenDecl:
				invoked := map[*ast.FuncLit]bool{}
				ast.Inspect(d, func(n ast.Node) bool {
					if c, ok := n.(*ast.CallExpr); ok {
						if fl, ok := c.Fun.(*ast.FuncLit); ok {
							invoked[fl] = true
						}
					}
					return true
				})
				ast.Inspect(d, func(n ast.Node) bool {
					if fl, ok := n.(*ast.FuncLit); ok && !invoked[fl] {
						bad = append(bad, builds(fl.Body)...)
						return false
					}
					return true
				})
			}
		}
	}
	for _, p := range bad {
		t.Errorf("%s: newCharset in code that runs per match; build the set once in a package variable", fset.Position(p))
	}
	if len(files) < 50 {
		t.Fatalf("parsed %d files; the test reads the wrong directory", len(files))
	}
}
