// Differential test of gocc/flag against Go's flag (needs real Go:
// sh std/verify.sh flag): random flag definitions and random command
// lines parsed by both (ContinueOnError, output captured), comparing the
// error, the output (messages, usage, PrintDefaults), the values, Args
// and Visit; plus the definition panics.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"strings"
	"time"

	ours "gocc/flag"
)

var bad, cases int

func check(what string, a, b string) {
	cases++
	if a != b {
		bad++
		if bad < 20 {
			fmt.Printf("MISMATCH %s:\n  ours %q\n  go   %q\n", what, a, b)
		}
	}
}

// listValue is a user-defined Value (pointer receiver).
type listValue []string

func (l *listValue) String() string     { return strings.Join(*l, ",") }
func (l *listValue) Set(s string) error { *l = append(*l, s); return nil }

// level is a user-defined Value with a value receiver String.
type level struct{ n *int }

func (l level) String() string {
	if l.n == nil {
		return "0"
	}
	return fmt.Sprint(*l.n)
}
func (l level) Set(s string) error {
	if s == "bad" {
		return errors.New("no such level")
	}
	*l.n = len(s)
	return nil
}

// panicky panics when String is called on its zero value.
type panicky struct{ p *int }

func (x *panicky) String() string     { return fmt.Sprint(*x.p) }
func (x *panicky) Set(s string) error { return nil }

type set interface{}

// define defines the same flags on a set of either package, through the
// function table t, and returns a dump of the values.
func run(r *rand.Rand, seed int64, useOurs bool, args []string) string {
	var out bytes.Buffer
	var dump func() string
	var perr error
	var rest []string
	var nflag int
	var visited, all []string
	if useOurs {
		fs := ours.NewFlagSet("prog", ours.ContinueOnError)
		fs.SetOutput(&out)
		b := fs.Bool("v", false, "verbose")
		b2 := fs.Bool("debug", true, "debug `mode`\nsecond line")
		i := fs.Int("n", 3, "count")
		i64 := fs.Int64("big", 0, "big number")
		u := fs.Uint("u", 0, "unsigned")
		u64 := fs.Uint64("u64", 7, "unsigned 64")
		s := fs.String("name", "", "the name")
		s2 := fs.String("s", "x y", "short")
		f := fs.Float64("ratio", 0.5, "a `RATIO` here")
		d := fs.Duration("wait", time.Second, "how long")
		var l listValue
		fs.Var(&l, "list", "repeatable")
		lv := 0
		fs.Var(level{&lv}, "lvl", "level")
		var got []string
		fs.Func("each", "called for each", func(s string) error {
			got = append(got, s)
			if s == "stop" {
				return errors.New("stopped")
			}
			return nil
		})
		pz := 5
		fs.Var(&panicky{&pz}, "pz", "panics on zero")
		perr = fs.Parse(args)
		rest, nflag = fs.Args(), fs.NFlag()
		fs.Visit(func(fl *ours.Flag) { visited = append(visited, fl.Name+"="+fl.Value.String()) })
		fs.VisitAll(func(fl *ours.Flag) { all = append(all, fl.Name+":"+fl.DefValue) })
		fs.PrintDefaults()
		dump = func() string {
			return fmt.Sprint(*b, *b2, *i, *i64, *u, *u64, *s, *s2, *f, *d, l, lv, got, fs.Arg(0), fs.Arg(-1), fs.NArg(), fs.Parsed())
		}
	} else {
		fs := flag.NewFlagSet("prog", flag.ContinueOnError)
		fs.SetOutput(&out)
		b := fs.Bool("v", false, "verbose")
		b2 := fs.Bool("debug", true, "debug `mode`\nsecond line")
		i := fs.Int("n", 3, "count")
		i64 := fs.Int64("big", 0, "big number")
		u := fs.Uint("u", 0, "unsigned")
		u64 := fs.Uint64("u64", 7, "unsigned 64")
		s := fs.String("name", "", "the name")
		s2 := fs.String("s", "x y", "short")
		f := fs.Float64("ratio", 0.5, "a `RATIO` here")
		d := fs.Duration("wait", time.Second, "how long")
		var l listValue
		fs.Var(&l, "list", "repeatable")
		lv := 0
		fs.Var(level{&lv}, "lvl", "level")
		var got []string
		fs.Func("each", "called for each", func(s string) error {
			got = append(got, s)
			if s == "stop" {
				return errors.New("stopped")
			}
			return nil
		})
		pz := 5
		fs.Var(&panicky{&pz}, "pz", "panics on zero")
		perr = fs.Parse(args)
		rest, nflag = fs.Args(), fs.NFlag()
		fs.Visit(func(fl *flag.Flag) { visited = append(visited, fl.Name+"="+fl.Value.String()) })
		fs.VisitAll(func(fl *flag.Flag) { all = append(all, fl.Name+":"+fl.DefValue) })
		fs.PrintDefaults()
		dump = func() string {
			return fmt.Sprint(*b, *b2, *i, *i64, *u, *u64, *s, *s2, *f, *d, l, lv, got, fs.Arg(0), fs.Arg(-1), fs.NArg(), fs.Parsed())
		}
	}
	return fmt.Sprintf("err=%v rest=%q n=%d visited=%v all=%v values=%s\nOUT:\n%s", perr, rest, nflag, visited, all, dump(), out.String())
}

func main() {
	words := []string{"-v", "--v", "-v=false", "-v=maybe", "-debug=0", "-n", "-n=12", "--n", "0x1f", "-big", "9223372036854775808",
		"-u", "-5", "-u64=18446744073709551615", "-name", "bob", "-name=", "-s", "-ratio", "1e400", "-ratio=2.5", "-wait", "3m",
		"-wait=x", "-list", "a", "-list=b", "-lvl", "bad", "-lvl=hi", "-each", "stop", "-each=go", "-pz", "-", "--", "---x", "-=x",
		"-undefined", "-h", "-help", "--help", "word", "12", "-", "-n=abc", "-u=1e3"}
	r := rand.New(rand.NewSource(1))
	for k := 0; k < 20000; k++ {
		var args []string
		for n := r.Intn(7); n > 0; n-- {
			args = append(args, words[r.Intn(len(words))])
		}
		check(fmt.Sprintf("Parse %q", args), run(r, 0, true, args), run(r, 0, false, args))
	}
	// Set, Lookup, redefinition and bad names panic with the same text.
	for _, name := range []string{"-x", "a=b", "dup"} {
		var o, g string
		func() {
			defer func() { o = fmt.Sprint(recover()) }()
			fs := ours.NewFlagSet("", ours.ContinueOnError)
			fs.SetOutput(new(bytes.Buffer))
			fs.Int("dup", 1, "")
			fs.Int(name, 1, "")
		}()
		func() {
			defer func() { g = fmt.Sprint(recover()) }()
			fs := flag.NewFlagSet("", flag.ContinueOnError)
			fs.SetOutput(new(bytes.Buffer))
			fs.Int("dup", 1, "")
			fs.Int(name, 1, "")
		}()
		check("Var panic "+name, o, g)
	}
	of := ours.NewFlagSet("x", ours.PanicOnError)
	gf := flag.NewFlagSet("x", flag.PanicOnError)
	of.SetOutput(new(bytes.Buffer))
	gf.SetOutput(new(bytes.Buffer))
	check("Set unknown", fmt.Sprint(of.Set("nope", "1")), fmt.Sprint(gf.Set("nope", "1")))
	check("Lookup", fmt.Sprint(of.Lookup("nope") == nil, of.Name(), of.ErrorHandling()), fmt.Sprint(gf.Lookup("nope") == nil, gf.Name(), gf.ErrorHandling()))
	check("ErrHelp", ours.ErrHelp.Error(), flag.ErrHelp.Error())
	fmt.Printf("flag: %d cases, %d mismatches\n", cases, bad)
	if bad > 0 {
		os.Exit(1)
	}
}
