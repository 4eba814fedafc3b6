# How each executable links LLVM and Clang.
#
# vouch's libraries leave LLVM and Clang out of their link interface; the
# executables choose:
# - the shared libLLVM and libclang-cpp: the plugin (stock clang-tidy, which
#   loads it, uses them) and the unit tests;
# - the static archives: the vouch executable, unless VOUCH_STATIC_LLVM is
#   OFF. A process linked against the shared libraries spends about 60 ms
#   before main() relocating them, and keeps about 40 MB of relocated pages
#   resident: more than vouch needs to check a small file. Linked statically
#   and at a fixed address, vouch starts in 20 ms with 25 MB resident
#   (docs/performance.md). lld links it in about 2 s.
option(VOUCH_STATIC_LLVM
  "Link the vouch executable against LLVM's and Clang's static archives" ON)

# What clang-tidy's framework, its stock modules and LibTooling need from
# Clang; LLVM's archives are all offered, the linker takes what is used.
set(VOUCH_CLANG_ARCHIVES
  clangTidy clangTidyUtils clangIncludeCleaner
  clangTooling clangToolingCore clangToolingInclusions
  clangToolingInclusionsStdlib clangTransformer clangFormat clangRewrite
  clangFrontend clangDriver clangOptions clangSerialization clangParse
  clangSema clangAnalysis clangAnalysisFlowSensitive
  clangAnalysisFlowSensitiveModels clangAnalysisLifetimeSafety
  clangStaticAnalyzerFrontend clangStaticAnalyzerCheckers
  clangStaticAnalyzerCore clangCrossTU clangIndex clangASTMatchers clangAST
  clangEdit clangLex clangAPINotes clangSupport clangBasic)

if(VOUCH_STATIC_LLVM)
  file(GLOB VOUCH_LLVM_ARCHIVES "${LLVM_LIBRARY_DIR}/libLLVM*.a")
  if(NOT VOUCH_LLVM_ARCHIVES)
    message(FATAL_ERROR "vouch: no LLVM archives (libLLVM*.a) in "
      "${LLVM_LIBRARY_DIR}: install llvm-22-dev, or configure with "
      "-DVOUCH_STATIC_LLVM=OFF to link the shared libraries")
  endif()
  # LLVM's Support library compresses with zlib and zstd.
  find_package(ZLIB REQUIRED)
  find_library(VOUCH_ZSTD_LIB zstd)
  if(NOT VOUCH_ZSTD_LIB)
    message(FATAL_ERROR "vouch: libzstd not found: install libzstd-dev, or "
      "configure with -DVOUCH_STATIC_LLVM=OFF")
  endif()
endif()

# vouch_link_clang(<target> [STATIC] [CLANG <library>...]): links <target>
# against LLVM, Clang's libraries and the Clang libraries named after CLANG
# (clang-tidy modules), shared or, with STATIC, from the archives.
function(vouch_link_clang target)
  cmake_parse_arguments(ARG "STATIC" "" "CLANG" ${ARGN})
  if(NOT ARG_STATIC)
    target_link_libraries(${target} PRIVATE ${ARG_CLANG} clang-cpp LLVM)
    return()
  endif()
  set(archives)
  foreach(name IN LISTS ARG_CLANG VOUCH_CLANG_ARCHIVES)
    set(path "${LLVM_LIBRARY_DIR}/lib${name}.a")
    if(NOT EXISTS "${path}")
      message(FATAL_ERROR "vouch: ${path} not found: install "
        "libclang-22-dev, or configure with -DVOUCH_STATIC_LLVM=OFF")
    endif()
    list(APPEND archives "${path}")
  endforeach()
  list(REMOVE_DUPLICATES archives)
  # The archives depend on each other in cycles: one group, rescanned.
  target_link_libraries(${target} PRIVATE
    "$<LINK_GROUP:RESCAN,${archives};${VOUCH_LLVM_ARCHIVES}>"
    ZLIB::ZLIB ${VOUCH_ZSTD_LIB} ${CMAKE_DL_LIBS} rt m)
  # A position-independent executable carries about 240,000 relative
  # relocations for LLVM's and Clang's vtables and tables, which the loader
  # applies at every start, copying each page it writes: 10 ms and 420 page
  # faults of a 34 ms `vouch --version` (docs/performance.md). Linked at a
  # fixed address, those pages stay shared with the file.
  target_link_options(${target} PRIVATE -no-pie)
endfunction()
