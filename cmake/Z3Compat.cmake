# Z3 4.8.12 (Debian 12's libz3-dev) has a leak in z3++.h: the move
# assignment of z3::ast (and so of z3::expr) drops the node it replaces
# without releasing it. Every `E = A && B` then leaks a node until its
# context is destroyed, and Z3 frees leaked nodes one DAG level per pass
# over its whole node table: destroying a context cost up to 150 ms, and
# the context shared by a translation unit kept growing. Later Z3 releases
# fix the operator; for the ones that do not, a copy of the installed
# header with that one operator fixed goes first on the include path.
# The whole operator as Debian's 4.8.12 spells it: a header whose operator
# differs in any way (one that releases the node) is left alone.
set(VOUCH_Z3_LEAKY_MOVE [=[
        ast & operator=(ast && s) noexcept {
            if (this != &s) {
                object::operator=(std::forward<object>(s));
                m_ast = s.m_ast;
                s.m_ast = nullptr;
            }
            return *this;
        }]=])
set(VOUCH_Z3_FIXED_MOVE [=[
        ast & operator=(ast && s) noexcept {
            if (this != &s) {
                // vouch: release the node this handle held (see
                // cmake/Z3Compat.cmake in vouch's sources).
                if (m_ast)
                    Z3_dec_ref(ctx(), m_ast);
                object::operator=(std::forward<object>(s));
                m_ast = s.m_ast;
                s.m_ast = nullptr;
            }
            return *this;
        }]=])

file(READ "${VOUCH_Z3_INCLUDE}/z3++.h" VOUCH_Z3_HEADER)
string(FIND "${VOUCH_Z3_HEADER}" "${VOUCH_Z3_LEAKY_MOVE}" VOUCH_Z3_LEAK_AT)
if(NOT VOUCH_Z3_LEAK_AT EQUAL -1)
  string(REPLACE "${VOUCH_Z3_LEAKY_MOVE}" "${VOUCH_Z3_FIXED_MOVE}"
    VOUCH_Z3_HEADER "${VOUCH_Z3_HEADER}")
  set(VOUCH_Z3_COMPAT_DIR "${CMAKE_BINARY_DIR}/z3compat")
  # Written aside, then copied only when it differs: no needless rebuilds.
  file(WRITE "${VOUCH_Z3_COMPAT_DIR}/z3++.h.new" "${VOUCH_Z3_HEADER}")
  configure_file("${VOUCH_Z3_COMPAT_DIR}/z3++.h.new"
    "${VOUCH_Z3_COMPAT_DIR}/z3++.h" COPYONLY)
  include_directories(BEFORE SYSTEM "${VOUCH_Z3_COMPAT_DIR}")
  message(STATUS "vouch: z3++.h leaks on move assignment; using a fixed copy in ${VOUCH_Z3_COMPAT_DIR}")
endif()
