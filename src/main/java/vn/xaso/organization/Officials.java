package vn.xaso.organization;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Officials and their roles, in plain SQL. */
@Repository
class Officials {

    private static final String SELECT = """
            select o.username, o.full_name, o.unit_code, o.title, o.active, o.version, o.email,
                   array(select r.role from official_role r where r.username = o.username order by r.role) as roles
            from official o""";

    private final JdbcClient jdbc;

    Officials(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Official> find(String username) {
        return jdbc.sql(SELECT + " where o.username = ?").param(username).query(Officials::row).optional();
    }

    boolean exists(String username) {
        return jdbc.sql("select exists(select 1 from official where username = ?)").param(username)
                .query(Boolean.class).single();
    }

    /** One page of officials ordered by username; {@code unitCode} null means every unit. */
    List<Official> page(String unitCode, String text, String after, int limit) {
        return jdbc.sql(SELECT + " " + """
                 where (cast(:unit as varchar) is null or o.unit_code = :unit)
                   and (cast(:text as varchar) is null or o.username ilike '%' || :text || '%'
                        or unaccent(lower(o.full_name)) like '%' || unaccent(lower(:text)) || '%')
                   and (cast(:after as varchar) is null or o.username > :after)
                 order by o.username limit :limit""")
                .param("unit", unitCode).param("text", text).param("after", after).param("limit", limit)
                .query(Officials::row).list();
    }

    void insert(Official official) {
        jdbc.sql("insert into official (username, full_name, unit_code, title, active, email, version) values (?, ?, ?, ?, ?, ?, 0)")
                .params(official.username(), official.fullName(), official.unitCode(), official.title(), official.active(),
                        official.email())
                .update();
        insertRoles(official);
    }

    /** Updates the official if nobody changed them since {@code expectedVersion}; false if somebody did. */
    boolean update(Official official, int expectedVersion) {
        int updated = jdbc.sql("""
                update official set full_name = ?, unit_code = ?, title = ?, active = ?, email = ?, version = version + 1
                where username = ? and version = ?""")
                .params(official.fullName(), official.unitCode(), official.title(), official.active(), official.email(),
                        official.username(), expectedVersion)
                .update();
        if (updated == 1) {
            jdbc.sql("delete from official_role where username = ?").param(official.username()).update();
            insertRoles(official);
        }
        return updated == 1;
    }

    private void insertRoles(Official official) {
        for (Role role : official.roles()) {
            jdbc.sql("insert into official_role (username, role) values (?, ?)")
                    .params(official.username(), role.name()).update();
        }
    }

    private static Official row(ResultSet rs, int row) throws SQLException {
        return new Official(rs.getString("username"), rs.getString("full_name"), rs.getString("unit_code"),
                rs.getString("title"), roles(rs.getArray("roles")), rs.getBoolean("active"), rs.getInt("version"),
                rs.getString("email"));
    }

    private static Set<Role> roles(Array array) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream((String[]) array.getArray()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }
}
