// go_tls.h - access to the g slot in thread-local storage (linux/amd64).
//
// g lives at -8(FS): the FS base points just past m.tls[0] (settls). In
// gocc's assembly the slot is addressed directly as (TLS), which the
// assembler encodes as %fs:disp32 with R_X86_64_TPOFF32 against runtime.tlsg
// and the linker resolves to -8. The macros below keep the spelling of Go's
// runtime assembly available: get_tls(r) is a no-op and g(r) names the slot.

#ifdef GOARCH_amd64
#define	get_tls(r)
#define	g(r)	(TLS)
#endif
