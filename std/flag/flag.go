// Package flag parses command-line options of the form -name, -name=value
// and -name value (one or two dashes), stopping at the first argument that
// is not an option, at "-" or after "--".
//
// A FlagSet holds the defined flags; each has a Value that can print and
// set itself. The package-level functions work on CommandLine, the set of
// the program's own options.
package flag

import (
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"time"
)

// ErrHelp is returned by Parse when -help or -h is given and not defined.
var ErrHelp = errors.New("flag: help requested")

// The errors the built-in Values' Set methods return.
var (
	errParse = errors.New("parse error")
	errRange = errors.New("value out of range")
)

// Value is a flag's dynamic value; String may be called on a zero Value.
type Value interface {
	String() string
	Set(string) error
}

// Getter is a Value whose contents can be retrieved.
type Getter interface {
	Value
	Get() any
}

// boolFlag is a Value that needs no argument ("-v" means "-v=true").
type boolFlag interface {
	Value
	IsBoolFlag() bool
}

// ErrorHandling says what Parse does on an error.
type ErrorHandling int

const (
	ContinueOnError ErrorHandling = iota // return the error
	ExitOnError                          // exit with status 2 (0 for -help)
	PanicOnError                         // panic with the error
)

// A Flag is one defined flag.
type Flag struct {
	Name     string
	Usage    string
	Value    Value
	DefValue string // the Value's String at definition time
}

// A FlagSet is a set of defined flags and the result of parsing with them.
type FlagSet struct {
	// Usage prints the usage message; nil means the default one.
	Usage func()

	name          string
	parsed        bool
	actual        map[string]*Flag // the flags set by Parse or Set
	formal        map[string]*Flag // the defined flags
	args          []string         // what is left after the flags
	errorHandling ErrorHandling
	output        io.Writer // nil means os.Stderr
}

// NewFlagSet returns an empty set with the given name and error handling.
func NewFlagSet(name string, errorHandling ErrorHandling) *FlagSet {
	f := &FlagSet{name: name, errorHandling: errorHandling}
	f.Usage = f.defaultUsage
	return f
}

// Init sets the name and error handling of f.
func (f *FlagSet) Init(name string, errorHandling ErrorHandling) {
	f.name = name
	f.errorHandling = errorHandling
}

func (f *FlagSet) Name() string                 { return f.name }
func (f *FlagSet) ErrorHandling() ErrorHandling { return f.errorHandling }
func (f *FlagSet) SetOutput(output io.Writer)   { f.output = output }
func (f *FlagSet) Parsed() bool                 { return f.parsed }
func (f *FlagSet) Args() []string               { return f.args }
func (f *FlagSet) NArg() int                    { return len(f.args) }
func (f *FlagSet) NFlag() int                   { return len(f.actual) }
func (f *FlagSet) Lookup(name string) *Flag     { return f.formal[name] }

// Output returns where usage and error messages go.
func (f *FlagSet) Output() io.Writer {
	if f.output == nil {
		return os.Stderr
	}
	return f.output
}

// Arg returns the i'th remaining argument, or "".
func (f *FlagSet) Arg(i int) string {
	if i < 0 || i >= len(f.args) {
		return ""
	}
	return f.args[i]
}

// sorted returns the flags of m ordered by name.
func sorted(m map[string]*Flag) []*Flag {
	list := make([]*Flag, 0, len(m))
	for _, fl := range m {
		list = append(list, fl)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].Name < list[j].Name })
	return list
}

// VisitAll calls fn for every defined flag, and Visit for every flag that
// was set, in name order.
func (f *FlagSet) VisitAll(fn func(*Flag)) {
	for _, fl := range sorted(f.formal) {
		fn(fl)
	}
}

func (f *FlagSet) Visit(fn func(*Flag)) {
	for _, fl := range sorted(f.actual) {
		fn(fl)
	}
}

// Set sets the named flag as if it were given on the command line.
func (f *FlagSet) Set(name, value string) error {
	fl, ok := f.formal[name]
	if !ok {
		return fmt.Errorf("no such flag -%v", name)
	}
	if err := fl.Value.Set(value); err != nil {
		return err
	}
	f.markSet(fl)
	return nil
}

func (f *FlagSet) markSet(fl *Flag) {
	if f.actual == nil {
		f.actual = make(map[string]*Flag)
	}
	f.actual[fl.Name] = fl
}

// Var defines a flag with the given Value. A name starting with '-',
// containing '=', or already defined panics.
func (f *FlagSet) Var(value Value, name string, usage string) {
	switch {
	case strings.HasPrefix(name, "-"):
		panic(f.report(fmt.Sprintf("flag %q begins with -", name)))
	case strings.Contains(name, "="):
		panic(f.report(fmt.Sprintf("flag %q contains =", name)))
	case f.formal[name] != nil && f.name == "":
		panic(f.report("flag redefined: " + name))
	case f.formal[name] != nil:
		panic(f.report(f.name + " flag redefined: " + name))
	}
	if f.formal == nil {
		f.formal = make(map[string]*Flag)
	}
	f.formal[name] = &Flag{Name: name, Usage: usage, Value: value, DefValue: value.String()}
}

// report prints msg on its own line to the output and returns it.
func (f *FlagSet) report(msg string) string {
	fmt.Fprintln(f.Output(), msg)
	return msg
}

// fail reports msg, prints the usage and returns msg as an error.
func (f *FlagSet) fail(msg string) error {
	f.report(msg)
	f.callUsage()
	return errors.New(msg)
}

func (f *FlagSet) callUsage() {
	if f.Usage == nil {
		f.defaultUsage()
	} else {
		f.Usage()
	}
}

// Parse parses the flags at the start of arguments (without the program
// name); the rest are then in Args.
func (f *FlagSet) Parse(arguments []string) error {
	f.parsed = true
	f.args = arguments
	for {
		more, err := f.parseNext()
		if more {
			continue
		}
		if err == nil {
			return nil
		}
		switch f.errorHandling {
		case ExitOnError:
			if err == ErrHelp {
				os.Exit(0)
			}
			os.Exit(2)
		case PanicOnError:
			panic(err)
		}
		return err
	}
}

// parseNext consumes one flag (and its value); more is false at the end
// of the flags or on an error.
func (f *FlagSet) parseNext() (more bool, err error) {
	if len(f.args) == 0 {
		return false, nil
	}
	arg := f.args[0]
	if len(arg) < 2 || arg[0] != '-' {
		return false, nil // not a flag (a plain word, or "-")
	}
	name := arg[1:]
	if name[0] == '-' {
		if name = name[1:]; name == "" { // "--" ends the flags and is dropped
			f.args = f.args[1:]
			return false, nil
		}
	}
	if name[0] == '-' || name[0] == '=' {
		return false, f.fail("bad flag syntax: " + arg)
	}
	f.args = f.args[1:]
	value, hasValue := "", false
	if i := strings.IndexByte(name[1:], '='); i >= 0 {
		name, value, hasValue = name[:i+1], name[i+2:], true
	}
	fl := f.formal[name]
	if fl == nil {
		if name == "help" || name == "h" {
			f.callUsage()
			return false, ErrHelp
		}
		return false, f.fail("flag provided but not defined: -" + name)
	}
	if err := f.setFromArgs(fl, value, hasValue); err != nil {
		return false, err
	}
	f.markSet(fl)
	return true, nil
}

// setFromArgs gives fl its value: the one after '=', else "true" for a
// boolean flag, else the next argument.
func (f *FlagSet) setFromArgs(fl *Flag, value string, hasValue bool) error {
	if b, ok := fl.Value.(boolFlag); ok && b.IsBoolFlag() {
		if !hasValue {
			if err := b.Set("true"); err != nil {
				return f.fail(fmt.Sprintf("invalid boolean flag %s: %v", fl.Name, err))
			}
			return nil
		}
		if err := b.Set(value); err != nil {
			return f.fail(fmt.Sprintf("invalid boolean value %q for -%s: %v", value, fl.Name, err))
		}
		return nil
	}
	if !hasValue {
		if len(f.args) == 0 {
			return f.fail("flag needs an argument: -" + fl.Name)
		}
		value, f.args = f.args[0], f.args[1:]
	}
	if err := fl.Value.Set(value); err != nil {
		return f.fail(fmt.Sprintf("invalid value %q for flag -%s: %v", value, fl.Name, err))
	}
	return nil
}

// defaultUsage prints "Usage of NAME:" and the defaults.
func (f *FlagSet) defaultUsage() {
	if f.name == "" {
		fmt.Fprintf(f.Output(), "Usage:\n")
	} else {
		fmt.Fprintf(f.Output(), "Usage of %s:\n", f.name)
	}
	f.PrintDefaults()
}

// UnquoteUsage returns the name of a flag's argument for the usage text:
// the first `quoted` word of its usage (with the quotes then removed), or
// a name for the built-in value types ("" for booleans).
func UnquoteUsage(flag *Flag) (name string, usage string) {
	usage = flag.Usage
	if i := strings.IndexByte(usage, '`'); i >= 0 {
		if j := strings.IndexByte(usage[i+1:], '`'); j >= 0 {
			name = usage[i+1 : i+1+j]
			return name, usage[:i] + name + usage[i+2+j:]
		}
	}
	switch flag.Value.(type) {
	case boolFlag:
		return "", usage
	case *durationValue:
		return "duration", usage
	case *float64Value:
		return "float", usage
	case *intValue, *int64Value:
		return "int", usage
	case *stringValue:
		return "string", usage
	case *uintValue, *uint64Value:
		return "uint", usage
	}
	return "value", usage
}

// PrintDefaults prints one entry per defined flag: "  -name type", then
// the usage on the same line for one-letter booleans or indented on the
// next, and the default when it is not the type's zero value.
func (f *FlagSet) PrintDefaults() {
	var panics []error
	f.VisitAll(func(fl *Flag) {
		var b strings.Builder
		b.WriteString("  -" + fl.Name)
		name, usage := UnquoteUsage(fl)
		if name != "" {
			b.WriteString(" " + name)
		}
		if b.Len() <= 4 {
			b.WriteString("\t")
		} else {
			b.WriteString("\n    \t")
		}
		b.WriteString(strings.ReplaceAll(usage, "\n", "\n    \t"))
		zero, err := isZeroValue(fl, fl.DefValue)
		switch _, quoted := fl.Value.(*stringValue); {
		case err != nil:
			panics = append(panics, err)
		case zero:
		case quoted:
			fmt.Fprintf(&b, " (default %q)", fl.DefValue)
		default:
			fmt.Fprintf(&b, " (default %v)", fl.DefValue)
		}
		fmt.Fprint(f.Output(), b.String(), "\n")
	})
	if len(panics) > 0 {
		fmt.Fprintln(f.Output())
		for _, err := range panics {
			fmt.Fprintln(f.Output(), err)
		}
	}
}

// isZeroValue reports whether value is what the String method of a zero
// Value of the flag's type prints; a panic in that String is returned.
func isZeroValue(fl *Flag, value string) (zero bool, err error) {
	typ := reflect.TypeOf(fl.Value)
	var z reflect.Value
	if typ.Kind() == reflect.Pointer {
		z = reflect.New(typ.Elem())
	} else {
		z = reflect.Zero(typ)
	}
	defer func() {
		if e := recover(); e != nil {
			if typ.Kind() == reflect.Pointer {
				typ = typ.Elem()
			}
			err = fmt.Errorf("panic calling String method on zero %v for flag %s: %v", typ, fl.Name, e)
		}
	}()
	return value == z.Interface().(Value).String(), nil
}

// ---- the built-in Value types ----

type boolValue bool

func (b *boolValue) Set(s string) error {
	v, err := strconv.ParseBool(s)
	if err != nil {
		err = errParse
	}
	*b = boolValue(v)
	return err
}
func (b *boolValue) Get() any         { return bool(*b) }
func (b *boolValue) String() string   { return strconv.FormatBool(bool(*b)) }
func (b *boolValue) IsBoolFlag() bool { return true }

// numError maps strconv's syntax and range errors to the flag package's
// (nil stays nil).
func numError(err error) error {
	if ne, ok := err.(*strconv.NumError); ok {
		switch ne.Err {
		case strconv.ErrSyntax:
			return errParse
		case strconv.ErrRange:
			return errRange
		}
	}
	return err
}

type intValue int

func (i *intValue) Set(s string) error {
	v, err := strconv.ParseInt(s, 0, strconv.IntSize)
	*i = intValue(v)
	return numError(err)
}
func (i *intValue) Get() any       { return int(*i) }
func (i *intValue) String() string { return strconv.Itoa(int(*i)) }

type int64Value int64

func (i *int64Value) Set(s string) error {
	v, err := strconv.ParseInt(s, 0, 64)
	*i = int64Value(v)
	return numError(err)
}
func (i *int64Value) Get() any       { return int64(*i) }
func (i *int64Value) String() string { return strconv.FormatInt(int64(*i), 10) }

type uintValue uint

func (i *uintValue) Set(s string) error {
	v, err := strconv.ParseUint(s, 0, strconv.IntSize)
	*i = uintValue(v)
	return numError(err)
}
func (i *uintValue) Get() any       { return uint(*i) }
func (i *uintValue) String() string { return strconv.FormatUint(uint64(*i), 10) }

type uint64Value uint64

func (i *uint64Value) Set(s string) error {
	v, err := strconv.ParseUint(s, 0, 64)
	*i = uint64Value(v)
	return numError(err)
}
func (i *uint64Value) Get() any       { return uint64(*i) }
func (i *uint64Value) String() string { return strconv.FormatUint(uint64(*i), 10) }

type float64Value float64

func (f *float64Value) Set(s string) error {
	v, err := strconv.ParseFloat(s, 64)
	*f = float64Value(v)
	return numError(err)
}
func (f *float64Value) Get() any       { return float64(*f) }
func (f *float64Value) String() string { return strconv.FormatFloat(float64(*f), 'g', -1, 64) }

type stringValue string

func (s *stringValue) Set(v string) error { *s = stringValue(v); return nil }
func (s *stringValue) Get() any           { return string(*s) }
func (s *stringValue) String() string     { return string(*s) }

type durationValue time.Duration

func (d *durationValue) Set(s string) error {
	v, err := time.ParseDuration(s)
	if err != nil {
		err = errParse
	}
	*d = durationValue(v)
	return err
}
func (d *durationValue) Get() any       { return time.Duration(*d) }
func (d *durationValue) String() string { return (*time.Duration)(d).String() }

type funcValue func(string) error

func (f funcValue) Set(s string) error { return f(s) }
func (f funcValue) String() string     { return "" }
