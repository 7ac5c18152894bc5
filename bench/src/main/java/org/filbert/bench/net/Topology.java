package org.filbert.bench.net;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The network both modes are measured on, drawn from one seed: ultrapeers on a random ring
 * (so the graph is connected) plus random links up to {@code degree} each; {@code leaves}
 * leaves per ultrapeer, each sharing {@code files} files named from random words; one popular
 * file shared by a fraction of all leaves; and the queries: popular ones from random leaves,
 * rare ones each for a file of its own shared by one random leaf and asked by another.
 * Immutable after construction; thread-safe.
 */
final class Topology {

    static final String POPULAR_FILE = "popular song.mp3";
    static final String POPULAR_QUERY = "popular song";

    /** A query to run: who asks, for what, and (for a rare file) which leaf shares it. */
    record Ask(int askerLeaf, String text, int holderLeaf) {
    }

    final int ultrapeers;
    final int leavesPerUltrapeer;
    /** Ultrapeer neighbours of each ultrapeer. */
    final List<Set<Integer>> links = new ArrayList<>();
    /** File names shared by each leaf; leaf {@code i} hangs off ultrapeer {@code i / leavesPerUltrapeer}. */
    final List<List<String>> shares = new ArrayList<>();
    final int popularHolders;
    final List<Ask> popular = new ArrayList<>();
    final List<Ask> rare = new ArrayList<>();

    Topology(Options o) {
        Random random = new Random(o.seed());
        this.ultrapeers = o.ultrapeers();
        this.leavesPerUltrapeer = o.leaves();
        link(random, o.degree());
        Words words = new Words(random, 4 * o.ultrapeers() * o.leaves());
        int leaves = ultrapeers * leavesPerUltrapeer;
        for (int i = 0; i < leaves; i++) {
            List<String> names = new ArrayList<>();
            for (int f = 0; f < o.files(); f++) {
                names.add(words.common() + " " + words.common() + " " + words.common() + ".mp3");
            }
            shares.add(names);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < leaves; i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        popularHolders = (int) Math.round(o.popularShare() * leaves);
        order.subList(0, popularHolders).forEach(i -> shares.get(i).add(POPULAR_FILE));
        for (int q = 0; q < o.queries(); q++) {
            popular.add(new Ask(random.nextInt(leaves), POPULAR_QUERY, -1));
            int holder = random.nextInt(leaves);
            int asker = random.nextInt(leaves - 1);
            String word = words.unique();
            shares.get(holder).add("rare " + word + ".ogg");
            rare.add(new Ask(asker >= holder ? asker + 1 : asker, "rare " + word, holder));
        }
    }

    int ultrapeerOf(int leaf) {
        return leaf / leavesPerUltrapeer;
    }

    int degree(int ultrapeer) {
        return links.get(ultrapeer).size();
    }

    /** Ultrapeer hops between two ultrapeers (breadth first); -1 when not connected. */
    int distance(int from, int to) {
        int[] hops = new int[ultrapeers];
        java.util.Arrays.fill(hops, -1);
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(List.of(from));
        hops[from] = 0;
        while (!queue.isEmpty()) {
            int u = queue.poll();
            for (int v : links.get(u)) {
                if (hops[v] < 0) {
                    hops[v] = hops[u] + 1;
                    queue.add(v);
                }
            }
        }
        return hops[to];
    }

    /** A random ring, then random links between ultrapeers with fewer than {@code degree}. */
    private void link(Random random, int degree) {
        for (int i = 0; i < ultrapeers; i++) {
            links.add(new HashSet<>());
        }
        List<Integer> ring = new ArrayList<>();
        for (int i = 0; i < ultrapeers; i++) {
            ring.add(i);
        }
        Collections.shuffle(ring, random);
        for (int i = 0; i < ultrapeers && ultrapeers > 1; i++) {
            add(ring.get(i), ring.get((i + 1) % ultrapeers));
        }
        for (int attempt = 0; attempt < 100 * ultrapeers * degree; attempt++) {
            int a = random.nextInt(ultrapeers);
            int b = random.nextInt(ultrapeers);
            if (a != b && degree(a) < degree && degree(b) < degree) {
                add(a, b);
            }
        }
    }

    private void add(int a, int b) {
        links.get(a).add(b);
        links.get(b).add(a);
    }

    /** Pseudo-words: a vocabulary of common ones for ordinary files, and ones used nowhere else. */
    private static final class Words {
        private final Random random;
        private final List<String> vocabulary = new ArrayList<>();
        private final Set<String> used = new HashSet<>(Set.of("popular", "song", "rare", "mp3", "ogg"));

        Words(Random random, int size) {
            this.random = random;
            while (vocabulary.size() < size) {
                vocabulary.add(unique());
            }
        }

        String common() {
            return vocabulary.get(random.nextInt(vocabulary.size()));
        }

        String unique() {
            String word;
            do {
                StringBuilder b = new StringBuilder();
                int length = 5 + random.nextInt(5);
                for (int i = 0; i < length; i++) {
                    b.append((char) ('a' + random.nextInt(26)));
                }
                word = b.toString();
            } while (!used.add(word));
            return word;
        }
    }
}
