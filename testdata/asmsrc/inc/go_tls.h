// go_tls.h for the assembler tests: the g slot is reached through the TLS pseudo-register.
#ifdef GOARCH_amd64
#define get_tls(r) MOVQ TLS, r
#define g(r) 0(r)(TLS*1)
#endif
